"""The donor kind and payment method CHECK constraints as equalities joined by OR
instead of ``IN (...)``: the same rule, but SQLite evaluates a constant IN list by
building a lookup table at each execution of an INSERT, which a bulk import pays once
per row (``models.one_of``). Nothing else changes; on SQLite both tables are rebuilt.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# frozen here: a later change to the enums needs its own migration
KINDS = (
    "individual",
    "company",
    "union",
    "association",
    "party",
    "public-body",
    "foreign",
    "anonymous",
    "other",
)
METHODS = ("cash", "cheque", "card", "transfer", "online", "in-kind")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return " OR ".join(f"{column} = '{value}'" for value in values)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{value}'" for value in values) + ")"


def _replace(table: str, name: str, condition: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(f"ck_{table}_{name}"), type_="check")
        batch_op.create_check_constraint(name, condition)


def upgrade() -> None:
    _replace("donor", "kind", _one_of("kind", KINDS))
    _replace("donation", "method", _one_of("method", METHODS))


def downgrade() -> None:
    _replace("donation", "method", _in("method", METHODS))
    _replace("donor", "kind", _in("kind", KINDS))
