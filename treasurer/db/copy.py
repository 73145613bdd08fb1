"""Copying a whole ledger into an empty database (a SQLite file into PostgreSQL).

One transaction on the target: the schema made by the migrations (at the source's
revision), every table's rows in dependency order with their ids, the sequences set
after the highest id, then the count and the sum of every integer column of every
table compared with the source. Any difference or failure rolls it all back
(PostgreSQL's DDL is transactional): the target is left as empty as it was found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    Integer,
    Table,
    bindparam,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import DatabaseError, OperationalError

from treasurer.core.errors import UserError
from treasurer.db import migrate
from treasurer.db.engine import make_engine
from treasurer.db.errors import StorageError
from treasurer.db.models import Base

_CHUNK = 20_000


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table copied: its rows, and the sums of its integer columns (the same on
    both sides, or the copy would have been rolled back)."""

    table: str
    rows: int
    sums: dict[str, int]


def copy_into(source: Engine, url: str, where: str) -> list[TableCopy]:
    """Copy the ledger at ``source`` into the empty database at ``url`` (``where`` is
    how to name it to the user), checked.

    Raises:
        UserError: the target is not empty.
        StorageError: the target cannot be reached, or the copy does not match.
    """
    target = make_engine(url)
    try:
        check_empty(target, where)
        return copy_ledger(source, target)
    except (OperationalError, DatabaseError) as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise StorageError(
            "cannot copy the ledger into {target}: {reason}",
            target=where,
            reason=reason[0] if reason else type(exc).__name__,
        ) from exc
    finally:
        target.dispose()


def check_empty(target: Engine, where: str) -> None:
    """Refuse a target that holds any table."""
    with target.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
    if tables:
        listed = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise UserError(
            "the database {target} is not empty (it has the tables {tables}); a ledger is "
            "copied only into an empty database, so nothing was copied",
            target=where,
            tables=listed,
        )


def copy_ledger(source: Engine, target: Engine) -> list[TableCopy]:
    """Copy every table of the ledger at ``source`` into the empty ``target`` and
    verify it (see the module docstring).

    Raises:
        StorageError: the copy does not match the source (nothing is left behind).
    """
    with source.connect() as reader, target.begin() as writer:
        revision = migrate.current_revision(reader)
        if revision is None:
            raise UserError("the ledger to copy has no schema")
        migrate.upgrade(writer, revision)
        for table in Base.metadata.sorted_tables:
            _copy_table(reader, writer, table)
        if writer.dialect.name == "postgresql":
            _reset_sequences(writer, Base.metadata.sorted_tables)
        copied = []
        for table in Base.metadata.sorted_tables:
            expected, found = _figures(reader, table), _figures(writer, table)
            if expected != found:
                raise StorageError(
                    "the copy of table {table} does not match the ledger ({found} where "
                    "the ledger has {expected}); nothing was kept",
                    table=table.name,
                    found=found,
                    expected=expected,
                )
            rows, sums = expected
            copied.append(TableCopy(table.name, rows, sums))
    return copied


def _copy_table(reader: Connection, writer: Connection, table: Table) -> None:
    # links to rows of the same table (a donor merged into a later one, say) are set
    # once every row is there
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    stamps = [c.name for c in table.columns if getattr(c.type, "timezone", False)]
    key = list(table.primary_key.columns)
    later: list[dict[str, Any]] = []
    result = reader.execution_options(yield_per=_CHUNK).execute(select(table).order_by(*key))
    for partition in result.partitions(_CHUNK):
        rows = [dict(r._mapping) for r in partition]
        for row in rows:
            for name in stamps:
                row[name] = _utc(row[name])
            for name in own:
                if row[name] is not None:
                    later.append({"_key": row[key[0].name], "_column": name, "_value": row[name]})
                    row[name] = None
        writer.execute(insert(table), rows)
    for name in own:
        values = [{"_key": v["_key"], "_value": v["_value"]} for v in later if v["_column"] == name]
        if values:
            writer.execute(
                update(table)
                .where(key[0] == bindparam("_key"))
                .values({name: bindparam("_value")}),
                values,
            )


def _utc(value: Any) -> Any:
    """SQLite keeps timestamps without their zone; Treasurer writes them in UTC."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _reset_sequences(writer: Connection, tables: Iterable[Table]) -> None:
    """The next id of each table after the highest copied (ids were given explicitly)."""
    for table in tables:
        if "id" not in table.columns or not isinstance(table.columns["id"].type, Integer):
            continue
        writer.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE(MAX(id), 0) + 1, false) FROM {table.name}"
            )
        )


def _figures(connection: Connection, table: Table) -> tuple[int, dict[str, int]]:
    """The row count and the sum of every integer column of ``table``."""
    numbers = [c for c in table.columns if isinstance(c.type, (Integer, BigInteger))]
    row = connection.execute(
        select(func.count(), *(func.coalesce(func.sum(c), 0) for c in numbers)).select_from(table)
    ).one()
    return int(row[0]), {c.name: int(v) for c, v in zip(numbers, row[1:], strict=True)}
