"""Receipts: the ranges of numbered receipt forms a regulator issues (France: the CNCCFP's
reçus-dons), each number used (issued for a donation, or void), and a donor's company
number for the filings that ask for it (UK: Companies House).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipt_range",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("first_number", sa.BigInteger(), nullable=False),
        sa.Column("last_number", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "first_number > 0 AND last_number >= first_number",
            name=op.f("ck_receipt_range_numbers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_range")),
        sa.UniqueConstraint("first_number", name=op.f("uq_receipt_range_first_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_receipt_range_uuid")),
    )
    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("range_id", sa.Integer(), nullable=False),
        sa.Column("donation_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('issued','void')", name=op.f("ck_receipt_status")),
        sa.CheckConstraint(
            "(status = 'void' AND void_reason IS NOT NULL) OR "
            "(status = 'issued' AND donation_id IS NOT NULL)",
            name=op.f("ck_receipt_state"),
        ),
        sa.ForeignKeyConstraint(
            ["donation_id"], ["donation.id"], name=op.f("fk_receipt_donation_id_donation")
        ),
        sa.ForeignKeyConstraint(
            ["range_id"], ["receipt_range.id"], name=op.f("fk_receipt_range_id_receipt_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_receipt_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_receipt_uuid")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipt_donation_id"), ["donation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_receipt_range_id"), ["range_id"], unique=False)

    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("company_number", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_column("company_number")
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_range_id"))
        batch_op.drop_index(batch_op.f("ix_receipt_donation_id"))
    op.drop_table("receipt")
    op.drop_table("receipt_range")
