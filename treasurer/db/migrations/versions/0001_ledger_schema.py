"""Ledger schema: organisation, settings, units, donors, import batches, donations.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounting_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounting_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_accounting_unit_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_accounting_unit_uuid")),
    )
    op.create_table(
        "donor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("postcode", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('individual','company','union','association','party','public-body','foreign','anonymous','other')",
            name=op.f("ck_donor_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["donor.id"], name=op.f("fk_donor_merged_into_id_donor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_donor_uuid")),
    )
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_donor_name_key"), ["name_key"], unique=False)

    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("preset", sa.String(length=64), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
        sa.UniqueConstraint("uuid", name=op.f("uq_import_batch_uuid")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ledger_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("jurisdiction", sa.String(length=32), nullable=False),
        sa.Column("profile_variant", sa.String(length=64), nullable=True),
        sa.Column("base_currency", sa.String(length=3), nullable=False),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("fiscal_year_start_day", sa.Integer(), nullable=False),
        sa.Column("date_order", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "fiscal_year_start_day BETWEEN 1 AND 31", name=op.f("ck_organisation_fy_day")
        ),
        sa.CheckConstraint(
            "fiscal_year_start_month BETWEEN 1 AND 12", name=op.f("ck_organisation_fy_month")
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_organisation_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("ledger_id", name=op.f("uq_organisation_ledger_id")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "donation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("donor_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("refund_of_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("entry_type", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(entry_type = 'donation' AND amount_minor > 0) OR (entry_type IN ('refund','return') AND amount_minor < 0)",
            name=op.f("ck_donation_signed_amount"),
        ),
        sa.CheckConstraint(
            "method IN ('cash','cheque','card','transfer','online','in-kind')",
            name=op.f("ck_donation_method"),
        ),
        sa.ForeignKeyConstraint(
            ["donor_id"], ["donor.id"], name=op.f("fk_donation_donor_id_donor")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_donation_import_batch_id_import_batch"),
        ),
        sa.ForeignKeyConstraint(
            ["refund_of_id"], ["donation.id"], name=op.f("fk_donation_refund_of_id_donation")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["accounting_unit.id"], name=op.f("fk_donation_unit_id_accounting_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_donation_uuid")),
    )
    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_donation_donor_date", ["donor_id", "received_on", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_donation_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_donation_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_donation_reference"), ["reference"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donation_reference"))
        batch_op.drop_index(batch_op.f("ix_donation_received_on"))
        batch_op.drop_index(batch_op.f("ix_donation_import_batch_id"))
        batch_op.drop_index("ix_donation_donor_date")

    op.drop_table("donation")
    op.drop_table("setting")
    op.drop_table("organisation")
    op.drop_table("import_batch")
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donor_name_key"))

    op.drop_table("donor")
    op.drop_table("accounting_unit")
