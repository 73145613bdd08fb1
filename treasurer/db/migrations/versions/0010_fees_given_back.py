"""A processor's fee may be negative: on a refund, what the processor gave back of its
fee (PayPal's refund rows, Stripe's won disputes); a zero fee is never recorded.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _replace(condition: str) -> None:
    with op.batch_alter_table("processor_fee", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_processor_fee_amount"), type_="check")
        batch_op.create_check_constraint("amount", condition)


def upgrade() -> None:
    _replace("amount_minor <> 0")


def downgrade() -> None:
    op.execute("DELETE FROM processor_fee WHERE amount_minor < 0")
    _replace("amount_minor >= 0")
