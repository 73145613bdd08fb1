"""Field offices: the bundles an office exported (with their watermarks and
acknowledgement) and the bundles headquarters imported.

Self-contained: it only adds two tables, so it can be re-chained after any revision.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("hq_ledger_id", sa.String(length=36), nullable=False),
        sa.Column("unit", sa.String(length=120), nullable=False),
        sa.Column("range_after", sa.Text(), nullable=False),
        sa.Column("range_through", sa.Text(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("sums", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_export")),
        sa.UniqueConstraint("sequence", name=op.f("uq_office_export_sequence")),
    )
    op.create_table(
        "office_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("office_ledger_id", sa.String(length=36), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=120), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("added", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_bundle")),
        sa.UniqueConstraint("sha256", name=op.f("uq_office_bundle_sha256")),
        sa.UniqueConstraint("uuid", name=op.f("uq_office_bundle_uuid")),
    )
    with op.batch_alter_table("office_bundle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_office_bundle_office_ledger_id"), ["office_ledger_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("office_bundle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_bundle_office_ledger_id"))
    op.drop_table("office_bundle")
    op.drop_table("office_export")
