"""Imports: processor fees beside donations, row fingerprints for idempotent re-imports,
the batch that created a donor, and the counts and author of each import batch.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processor_fee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("donation_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount_minor >= 0", name=op.f("ck_processor_fee_amount")),
        sa.ForeignKeyConstraint(
            ["donation_id"], ["donation.id"], name=op.f("fk_processor_fee_donation_id_donation")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_processor_fee_import_batch_id_import_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processor_fee")),
    )
    with op.batch_alter_table("processor_fee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processor_fee_donation_id"), ["donation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_processor_fee_import_batch_id"), ["import_batch_id"], unique=False
        )

    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_donation_fingerprint"), ["fingerprint"], unique=False)
        batch_op.create_index("ix_donation_amount", ["amount_minor", "id"], unique=False)

    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_donor_import_batch_id_import_batch"),
            "import_batch",
            ["import_batch_id"],
            ["id"],
        )
        batch_op.create_index(batch_op.f("ix_donor_name"), ["name"], unique=False)

    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rows_duplicate", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("rows_rejected", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("donors_created", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("actor", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_column("actor")
        batch_op.drop_column("donors_created")
        batch_op.drop_column("rows_rejected")
        batch_op.drop_column("rows_duplicate")

    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donor_name"))
        batch_op.drop_constraint(
            batch_op.f("fk_donor_import_batch_id_import_batch"), type_="foreignkey"
        )
        batch_op.drop_column("import_batch_id")

    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.drop_index("ix_donation_amount")
        batch_op.drop_index(batch_op.f("ix_donation_fingerprint"))
        batch_op.drop_column("fingerprint")

    with op.batch_alter_table("processor_fee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processor_fee_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_processor_fee_donation_id"))

    op.drop_table("processor_fee")
