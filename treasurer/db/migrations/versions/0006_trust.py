"""Trust: audit seals (which entry last wrote each row, and the rows an entry wrote),
redactable audit entries, closed periods and their amendments, marketing consent and
pseudonymisation of donors.

Rows already in a ledger get no ``audit_id`` here: ``LedgerStore`` seals them with one
"audit.baseline" entry after the upgrade (the hashing lives in ``treasurer.db.audit``,
which a migration must not import).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("organisation", "setting", "donation"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("audit_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("marketing_consent", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("pseudonymised_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("audit_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seal", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("redacted", sa.Text(), nullable=True))

    op.create_table(
        "period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.String(length=120), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("end_on >= start_on", name=op.f("ck_period_span")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period")),
        sa.UniqueConstraint("label", name=op.f("uq_period_label")),
    )
    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("donation_uuid", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audit_entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"], ["period.id"], name=op.f("fk_amendment_period_id_period")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_period_id"), ["period_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_period_id"))
    op.drop_table("amendment")
    op.drop_table("period")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("redacted")
        batch_op.drop_column("seal")
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_column("audit_id")
        batch_op.drop_column("pseudonymised_on")
        batch_op.drop_column("marketing_consent")
    for table in ("donation", "setting", "organisation"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("audit_id")
