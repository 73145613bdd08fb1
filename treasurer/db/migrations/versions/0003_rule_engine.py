"""Rule engine: per-row overrides, declared gifts to other parties, permissibility checks,
and flag identity (key), period, contributing donations and the status of the rule's fact.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "donor_declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("donor_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_minor >= 0", name=op.f("ck_donor_declaration_amount")),
        sa.ForeignKeyConstraint(
            ["donor_id"], ["donor.id"], name=op.f("fk_donor_declaration_donor_id_donor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donor_declaration")),
        sa.UniqueConstraint("donor_id", "year", name="uq_donor_declaration_donor_year"),
    )
    with op.batch_alter_table("donor_declaration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_donor_declaration_donor_id"), ["donor_id"], unique=False
        )

    op.create_table(
        "permissibility_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("donor_id", sa.Integer(), nullable=False),
        sa.Column("donation_id", sa.Integer(), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("permissible", sa.Boolean(), nullable=False),
        sa.Column("method", sa.String(length=60), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["donation_id"],
            ["donation.id"],
            name=op.f("fk_permissibility_check_donation_id_donation"),
        ),
        sa.ForeignKeyConstraint(
            ["donor_id"], ["donor.id"], name=op.f("fk_permissibility_check_donor_id_donor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permissibility_check")),
        sa.UniqueConstraint("uuid", name=op.f("uq_permissibility_check_uuid")),
    )
    with op.batch_alter_table("permissibility_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_permissibility_check_donor_id"), ["donor_id"], unique=False
        )

    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "exclude_from_aggregate", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("force_report", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=True))

    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=300), nullable=False))
        batch_op.add_column(sa.Column("period", sa.String(length=80), nullable=False))
        batch_op.add_column(sa.Column("donation_ids", sa.Text(), nullable=False))
        batch_op.add_column(sa.Column("fact_status", sa.String(length=24), nullable=False))
        batch_op.add_column(sa.Column("source", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("details", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("raised_on", sa.Date(), nullable=False))
        batch_op.create_unique_constraint(batch_op.f("uq_flag_key"), ["key"])


def downgrade() -> None:
    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_flag_key"), type_="unique")
        batch_op.drop_column("raised_on")
        batch_op.drop_column("details")
        batch_op.drop_column("source")
        batch_op.drop_column("fact_status")
        batch_op.drop_column("donation_ids")
        batch_op.drop_column("period")
        batch_op.drop_column("key")

    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.drop_column("override_reason")
        batch_op.drop_column("force_report")
        batch_op.drop_column("exclude_from_aggregate")

    with op.batch_alter_table("permissibility_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_permissibility_check_donor_id"))

    op.drop_table("permissibility_check")
    with op.batch_alter_table("donor_declaration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donor_declaration_donor_id"))

    op.drop_table("donor_declaration")
