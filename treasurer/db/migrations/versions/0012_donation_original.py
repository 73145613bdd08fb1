"""What a donation was in the currency it was paid in, when the platform converted it into
the ledger's (PayPal's General Currency Conversion): a refund of it in a later file is
worth what the donation was, not what the currency is worth the day it goes back.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "donation_original",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("donation_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_donation_original_amount")),
        sa.ForeignKeyConstraint(
            ["donation_id"], ["donation.id"], name=op.f("fk_donation_original_donation_id_donation")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_donation_original_import_batch_id_import_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donation_original")),
        sa.UniqueConstraint("donation_id", name=op.f("uq_donation_original_donation_id")),
    )
    op.create_index(
        op.f("ix_donation_original_import_batch_id"),
        "donation_original",
        ["import_batch_id"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_donation_original_import_batch_id"), table_name="donation_original")
    op.drop_table("donation_original")
