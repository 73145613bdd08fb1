"""What a receipt says, kept as issued: its amount (and currency) and the gift's date.

Before, a receipt's amount was read from its donation each time it was printed, so a
receipt reprinted after a refund showed a new amount under the same number. A number
now designates one document: the receipt's amount and date are stored when the number
is given, and a gift that changes afterwards has its receipt voided and a new one
issued.

Receipts issued before this revision get the amount their donation had when the
receipt was made: the gift less the refunds and returns recorded before it (by the
rows' creation times), which is what was printed then unless the gift itself was
edited since.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amount_minor", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column("gift_on", sa.Date(), nullable=True))
    # correlated subqueries that SQLite and PostgreSQL both run
    op.execute(
        """
        UPDATE receipt SET
            amount_minor = (
                SELECT d.amount_minor + COALESCE((
                    SELECT SUM(b.amount_minor) FROM donation b
                    WHERE b.refund_of_id = d.id AND b.created_at <= receipt.created_at
                ), 0)
                FROM donation d WHERE d.id = receipt.donation_id
            ),
            currency = (SELECT d.currency FROM donation d WHERE d.id = receipt.donation_id),
            gift_on = (SELECT d.received_on FROM donation d WHERE d.id = receipt.donation_id)
        WHERE donation_id IS NOT NULL
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_column("gift_on")
        batch_op.drop_column("currency")
        batch_op.drop_column("amount_minor")
