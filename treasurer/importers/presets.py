"""Presets and saved mappings: which column of a platform's export is which field.

A preset is a TOML file (format in ``presets/README.md``): the headers that
recognise the export, for each field the header names to try, fixed values,
which rows to keep (e.g. only completed payments), and how the platform's words
for methods, kinds and entry types translate. The ``generic`` preset knows the usual
headers in English, French and Arabic, so a volunteer's spreadsheet with plain
headers imports without a mapping.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from treasurer.core.errors import Message
from treasurer.core.export import FORMULA_STARTS
from treasurer.core.importing import CONVERSIONS
from treasurer.core.names import normalise_name
from treasurer.importers.records import (
    FIELDS,
    REJECTS_COLUMNS,
    BadLine,
    ImportFileError,
    Item,
    LeftOut,
    SourceRow,
)
from treasurer.importers.tables import CutRow, Table, delimiter_of

PRESETS_DIR = Path(__file__).with_name("presets")
GENERIC = "generic"
_VALUE_FIELDS = ("method", "kind", "entry_type", "refund_status")


@dataclass(frozen=True, slots=True)
class Preset:
    id: str
    name: str
    source: str = ""
    detect: tuple[str, ...] = ()
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    constants: Mapping[str, str] = field(default_factory=dict)
    keep: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: column -> the texts that leave a row out (a column the file lacks leaves none out;
    #: a mapping of the user's whose columns the file all lacks is refused)
    leave_out: Mapping[str, frozenset[str]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: column -> the texts of the rows that convert another row's money into the
    #: account's currency (PayPal's "General Currency Conversion"): each names the row it
    #: converts in its ``refund_of`` column, and gives its amount and currency
    conversion: Mapping[str, frozenset[str]] = field(default_factory=dict)
    delimiter: str | None = None
    decimal_separator: str | None = None
    date_order: str | None = None
    path: Path | None = None

    @property
    def shipped(self) -> bool:
        """Whether it is one of Treasurer's own presets (not a mapping of the user's)."""
        return self.path is not None and self.path.parent == PRESETS_DIR


def load_preset(path: Path) -> Preset:
    """Read one preset or saved mapping.

    Raises:
        ImportFileError: the file is not valid TOML or not a valid mapping.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ImportFileError(
            str(path), Message("is not a readable mapping file ({problem})", problem=str(exc))
        ) from None
    return parse_preset(data, path)


#: What a preset or mapping file may say.
_SETTINGS = frozenset(
    (
        *("id", "name", "source", "detect", "columns", "constants", "keep", "leave_out"),
        *("values", "conversion", "decimal_separator", "date_order", "delimiter"),
    )
)


def parse_preset(data: Mapping[str, Any], path: Path | None = None) -> Preset:
    where = str(path) if path else Message("mapping")

    def fail(problem: Message) -> ImportFileError:
        return ImportFileError(where, problem)

    if unknown_keys := sorted(set(data) - _SETTINGS):
        # a typo ("date_ordre", "[colums]") would import with the wrong settings in silence
        raise fail(
            Message(
                "has unknown settings: {keys} (settings: {known})",
                keys=", ".join(unknown_keys),
                known=", ".join(sorted(_SETTINGS)),
            )
        )
    preset_id = data.get("id") or (path.stem if path else "mapping")
    columns: dict[str, tuple[str, ...]] = {}
    for name, given in dict(data.get("columns", {})).items():
        if name not in FIELDS:
            raise fail(
                Message(
                    "maps the unknown field {name!r} (fields: {fields})",
                    name=name,
                    fields=", ".join(FIELDS),
                )
            )
        headers = [given] if isinstance(given, str) else given
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise fail(Message("needs the headers of {name!r} as a list of texts", name=name))
        columns[name] = tuple(headers)
    constants = {str(k): str(v) for k, v in dict(data.get("constants", {})).items()}
    if unknown := set(constants) - set(FIELDS):
        raise fail(Message("sets unknown fields: {fields}", fields=", ".join(sorted(unknown))))
    keep: dict[str, frozenset[str]] = {}
    for header, given in dict(data.get("keep", {})).items():
        kept = [given] if isinstance(given, str) else given  # one text, as in [columns]
        if not isinstance(kept, list) or not all(isinstance(v, str) for v in kept):
            raise fail(Message("needs the texts kept in {header!r} as a list", header=header))
        keep[str(header)] = frozenset(v.casefold() for v in kept)
    leave_out: dict[str, frozenset[str]] = {}
    for header, given in dict(data.get("leave_out", {})).items():
        left = [given] if isinstance(given, str) else given
        if not isinstance(left, list) or not all(isinstance(v, str) for v in left):
            raise fail(Message("needs the texts left out in {header!r} as a list", header=header))
        leave_out[str(header)] = frozenset(v.casefold() for v in left)
    conversion: dict[str, frozenset[str]] = {}
    for header, given in dict(data.get("conversion", {})).items():
        texts = [given] if isinstance(given, str) else given
        if not isinstance(texts, list) or not all(isinstance(v, str) for v in texts):
            raise fail(
                Message("needs the texts of conversion rows in {header!r} as a list", header=header)
            )
        conversion[str(header)] = frozenset(v.casefold() for v in texts)
    if conversion and not {"refund_of", "amount", "currency"} <= set(columns):
        raise fail(
            Message(
                "reads currency conversions, which needs the columns of refund_of (the "
                "payment converted), amount and currency"
            )
        )
    values = {
        name: {str(k).casefold(): str(v) for k, v in dict(table).items()}
        for name, table in dict(data.get("values", {})).items()
    }
    if unknown := set(values) - set(_VALUE_FIELDS):
        raise fail(
            Message(
                "translates values of fields that take none: {fields}",
                fields=", ".join(sorted(unknown)),
            )
        )
    decimal = data.get("decimal_separator")
    if decimal not in (None, ".", ","):
        raise fail(Message("decimal_separator must be '.' or ','"))
    order = data.get("date_order")
    if order not in (None, "dmy", "mdy"):
        raise fail(Message("date_order must be 'dmy' or 'mdy'"))
    delimiter = data.get("delimiter")
    if delimiter is not None:
        delimiter = delimiter_of(delimiter) if isinstance(delimiter, str) else None
        if delimiter is None:
            raise fail(Message("delimiter must be one character, such as ';' or ',', or 'tab'"))
    return Preset(
        id=str(preset_id),
        name=str(data.get("name", preset_id)),
        source=str(data.get("source", "")),
        detect=tuple(str(h) for h in data.get("detect", [])),
        columns=columns,
        constants=constants,
        keep=keep,
        leave_out=leave_out,
        values=values,
        conversion=conversion,
        delimiter=delimiter,
        decimal_separator=decimal,
        date_order=order,
        path=path,
    )


def shipped_presets() -> list[Preset]:
    return [load_preset(p) for p in sorted(PRESETS_DIR.glob("*.toml"))]


def find_preset(preset_id: str, extra: Iterable[Preset] = ()) -> Preset:
    """The preset ``preset_id``: one of ``extra`` (the mappings a user saved) or a
    shipped one."""
    candidates = [*extra, *shipped_presets()]
    for preset in candidates:
        if preset.id == preset_id:
            return preset
    known = ", ".join(dict.fromkeys(p.id for p in candidates))
    raise ImportFileError(preset_id, Message("is not a preset (presets: {known})", known=known))


def absent_headers(preset: Preset, headers: Iterable[str]) -> list[str]:
    """The headers a preset recognises its exports by (``detect``) that ``headers``
    lack: a file named as the preset's that lacks them is not its export (a Stripe file
    without "Amount Refunded" cannot tell a partial refund from a whole one)."""
    present = {_key(h) for h in headers}
    return [h for h in preset.detect if _key(h) not in present]


def detect_preset(headers: Iterable[str], presets: Iterable[Preset] | None = None) -> Preset:
    """The preset whose ``detect`` headers are all present (the most specific one wins);
    the generic preset otherwise."""
    present = {_key(h) for h in headers}
    candidates = list(presets) if presets is not None else shipped_presets()
    matching = [p for p in candidates if p.detect and all(_key(h) in present for h in p.detect)]
    if matching:
        return max(matching, key=lambda p: len(p.detect))
    return next((p for p in candidates if p.id == GENERIC), Preset(GENERIC, "Generic"))


@dataclass(frozen=True, slots=True)
class Mapping_:
    """Which column index feeds each field, for one table and one preset."""

    preset: Preset
    indexes: Mapping[str, int]
    headers: tuple[str, ...]
    keep: Mapping[int, frozenset[str]]
    leave_out: Mapping[int, frozenset[str]] = field(default_factory=dict)
    #: For the donor's name and email, the preset's further columns the file has, read in
    #: turn where the first is empty on a row (Stripe's Card Name is empty for a SEPA
    #: debit; the Customer Name says who paid).
    fallbacks: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    #: column index -> the texts of the rows that are currency conversions
    conversion: Mapping[int, frozenset[str]] = field(default_factory=dict)

    def missing(self) -> list[str]:
        """Required fields that no column and no constant provides."""
        have = set(self.indexes) | set(self.preset.constants)
        needed = ["date", "amount"]
        missing = [f for f in needed if f not in have]
        if "donor" not in have and not {"first_name", "last_name"} & have:
            missing.append("donor")
        return missing

    def unread(self) -> list[str]:
        """The file's named columns that feed no field (nor the choice of rows kept)."""
        used = set(self.indexes.values()) | set(self.keep) | set(self.leave_out)
        used |= set(self.conversion)
        used.update(i for columns in self.fallbacks.values() for i in columns)
        if self.headers[: len(REJECTS_COLUMNS)] == REJECTS_COLUMNS:  # a rejects file's own
            used |= set(range(len(REJECTS_COLUMNS)))
        return [h for i, h in enumerate(self.headers) if h.strip() and i not in used]

    def unnamed(self, table: Table, sample: int = 1000) -> list[tuple[int, str]]:
        """The columns without a header that hold values in the table's first ``sample``
        rows: (column number from 1, its first value). Nothing reads them, and they may
        say what a row is ("espèces" under no name: a cash gift)."""
        blank = [i for i, h in enumerate(self.headers) if not h.strip()]
        if not blank:
            return []
        found: dict[int, str] = {}
        for _line, cells in islice(table.rows(), sample):
            for i in blank:
                if i not in found and i < len(cells) and cells[i].strip():
                    found[i] = cells[i].strip()
            if len(found) == len(blank):
                break
        return [(i + 1, found[i]) for i in sorted(found)]

    def header_of(self, name: str) -> str:
        """The header of the column a field is read from (the field's name if none); for
        the donor, the column of the name's part if no column holds it whole."""
        index = self.indexes.get(name)
        if index is None and name == "donor":
            index = next(
                (
                    self.indexes[f]
                    for f in ("company", "last_name", "first_name")
                    if f in self.indexes
                ),
                None,
            )
        return name if index is None else self.headers[index]

    def rows(self, table: Table) -> Iterator[Item]:
        """Each kept row as a SourceRow; a row with more cells than headers is reported
        as a BadLine instead, and a row the preset does not keep as a LeftOut."""
        width = len(self.headers)
        constants = self.preset.constants
        fields = [
            (name, index, self.headers[index], self.preset.values.get(name))
            for name, index in self.indexes.items()
        ]
        all_columns = {name: header for name, _index, header, _t in fields}
        plain = all(translations is None for *_f, translations in fields)
        # rows with texts in the same fields share one columns mapping
        by_presence: dict[int, dict[str, str]] = {}
        fields_by_bit = [
            (1 << i, name, index, translations)
            for i, (name, index, _header, translations) in enumerate(fields)
        ]
        fallbacks = list(self.fallbacks.items())
        # conversion rows first: they are left out whatever the other columns say
        keep: list[tuple[int, str, frozenset[str], bool | None]] = [
            (i, self.headers[i], texts, None) for i, texts in self.conversion.items()
        ]
        keep += [(i, self.headers[i], allowed, True) for i, allowed in self.keep.items()]
        keep += [(i, self.headers[i], left, False) for i, left in self.leave_out.items()]
        rows = table.rows()
        if self.headers[: len(REJECTS_COLUMNS)] == REJECTS_COLUMNS:
            rows = _unguarded(rows)  # a rejects file, fixed: its cells as they were
        conversions = self._conversions(table) if self.conversion else {}
        reference_at = self.indexes.get("reference", width)
        for line, cells in rows:
            count = len(cells)
            if (count > width or type(cells) is CutRow) and (
                shape := _shape_problem(cells, width)
            ) is not None:
                yield BadLine(line, *shape)
                continue
            if keep and (left_out := _left_out(cells, keep)):
                yield LeftOut(line, left_out)
                continue
            values: dict[str, str] = dict(constants)
            written: dict[str, str] | None = None  # cells a [values] table read otherwise
            present = 0  # bit i: field i has a text
            if plain and count >= width:
                for bit, name, index, _translations in fields_by_bit:
                    text = cells[index].strip()
                    if text:
                        values[name] = text
                        present |= bit
            else:
                for bit, name, index, translations in fields_by_bit:
                    text = cells[index].strip() if index < count else ""
                    if text:
                        if translations and (meant := translations.get(text.casefold())):
                            written = {**written, name: text} if written else {name: text}
                            text = meant
                        values[name] = text
                        present |= bit
            columns = by_presence.get(present)
            if columns is None:
                columns = by_presence[present] = {
                    name: all_columns[name] for bit, name, _i, _t in fields_by_bit if present & bit
                }
            if fallbacks:
                columns = self._fall_back(fallbacks, cells, values, columns)
            # the payment a conversion of the file converts: both go to the parser
            if (
                conversions
                and reference_at < count
                and (converted := conversions.get(cells[reference_at].strip()))
            ):
                values[CONVERSIONS] = converted
            yield (
                SourceRow(line, values, columns)
                if written is None
                else SourceRow(line, values, columns, written)
            )

    def _fall_back(
        self,
        fallbacks: list[tuple[str, tuple[int, ...]]],
        cells: list[str],
        values: dict[str, str],
        columns: dict[str, str],
    ) -> dict[str, str]:
        """Fill ``values`` of the fields left empty from their further columns; the
        columns mapping of the row, with the columns read."""
        count = len(cells)
        for name, further in fallbacks:
            if name not in values:
                for index in further:
                    text = cells[index].strip() if index < count else ""
                    if text:
                        values[name] = text
                        columns = {**columns, name: self.headers[index]}
                        break
        return columns

    def conversion_rows(self, table: Table, references: set[str]) -> list[tuple[int, list[str]]]:
        """The currency conversion rows (line, cells) of the payments of ``references``:
        what a rejects file keeps beside them, to be read with them again."""
        of = self.indexes.get("refund_of")
        if not self.conversion or of is None or not references:
            return []
        conversion = list(self.conversion.items())
        return [
            (line, cells)
            for line, cells in table.rows()
            if of < len(cells)
            and cells[of].strip() in references
            and any(i < len(cells) and cells[i].strip().casefold() in t for i, t in conversion)
        ]

    def _conversions(self, table: Table) -> dict[str, str]:
        """The file's currency conversions, by the reference of the row each converts:
        ``"EUR 43.34\nUSD -48.25"`` (currency, space, amount as written; one line each; a
        conversion row found twice, in overlapping downloads saved as one, counts once)."""
        of, amount, currency = (self.indexes[f] for f in ("refund_of", "amount", "currency"))
        reference = self.indexes.get("reference")
        last = max(of, amount, currency, *self.conversion)
        conversion = list(self.conversion.items())
        found: dict[str, list[str]] = {}
        seen: set[str | tuple[str, ...]] = set()
        for _line, cells in table.rows():
            if len(cells) > last and any(
                cells[i].strip().casefold() in texts for i, texts in conversion
            ):
                converted = cells[of].strip()
                own = cells[reference].strip() if reference is not None else ""
                key: str | tuple[str, ...] = own if own else tuple(cells)
                if converted and key not in seen:
                    seen.add(key)
                    found.setdefault(converted, []).append(
                        f"{cells[currency].strip()} {cells[amount].strip()}"
                    )
        return {ref: "\n".join(lines) for ref, lines in found.items()}


_GUARDED = frozenset(FORMULA_STARTS)


def _unguarded(rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """Cells without the apostrophe ``csv_safe`` put before text a spreadsheet would take
    for a formula."""
    for line, cells in rows:
        yield line, [c[1:] if c[:1] == "'" and c[1:2] in _GUARDED else c for c in cells]


def _left_out(
    cells: list[str], keep: list[tuple[int, str, frozenset[str], bool | None]]
) -> str | None:
    """Why the preset does not keep the row (the first of its ``[keep]`` columns whose
    cell holds none of the texts it keeps, or of its ``[leave_out]`` or ``[conversion]``
    columns whose cell holds one of their texts), or None."""
    count = len(cells)
    for index, header, texts, kept in keep:
        if index >= count:  # a short row: nothing says to leave it out
            continue
        text = cells[index].strip()
        if kept and text.casefold() not in texts:
            return f"{header} {text!r} (the preset imports only: {', '.join(sorted(texts))})"
        if not kept and text.casefold() in texts:
            if kept is None:
                return f"{header} {text!r} (a currency conversion: read with its payment)"
            return f"{header} {text!r} (not a donation)"
    return None


def map_table(table: Table, preset: Preset) -> Mapping_:
    """Match the preset's header names to the table's columns.

    Raises:
        ImportFileError: a column the preset keeps rows by is not in the file.
    """
    positions: dict[str, int] = {}
    repeated: dict[str, tuple[int, int]] = {}
    for i, header in enumerate(table.headers):
        if header:
            key = _key(header)
            if key in positions:
                repeated.setdefault(key, (positions[key] + 1, i + 1))
            else:
                positions[key] = i
    indexes: dict[str, int] = {}
    fallbacks: dict[str, tuple[int, ...]] = {}
    for name, candidates in preset.columns.items():
        if name in _FALLBACK_FIELDS:
            found = [positions[k] for k in map(_key, candidates) if k in positions]
            if len(found) > 1:
                fallbacks[name] = tuple(dict.fromkeys(found[1:]))
        for candidate in candidates:
            key = _key(candidate)
            if key in positions:
                if key in repeated:
                    first, second = repeated[key]
                    where = {
                        "header": table.headers[first - 1],
                        "first": first,
                        "second": second,
                        "field": name,
                    }
                    twice = (
                        # one header cell merged over two columns reads in both
                        Message(
                            "the header {header!r} is over columns {first} and {second} "
                            "(one cell merged over both?): give each column its own "
                            "header, and say which holds the {field}",
                            **where,
                        )
                        if table.kind == "spreadsheet" and second == first + 1
                        else Message(
                            "the column {header!r} appears twice "
                            "(columns {first} and {second}); which one holds the {field}?",
                            **where,
                        )
                    )
                    raise ImportFileError(str(table.path), twice)
                indexes[name] = positions[key]
                break
    keep: dict[int, frozenset[str]] = {}
    for header, allowed in preset.keep.items():
        if _key(header) not in positions:
            raise ImportFileError(
                str(table.path),
                Message(
                    "the {preset} preset expects a column {header!r}, which the file lacks",
                    preset=preset.name,
                    header=header,
                ),
            )
        keep[positions[_key(header)]] = allowed
    leave_out = {
        positions[_key(header)]: left
        for header, left in preset.leave_out.items()
        if _key(header) in positions
    }
    if preset.leave_out and not leave_out and not preset.shipped:
        # a mapping of one's own: the rows it leaves out would be imported
        raise ImportFileError(
            str(table.path),
            Message(
                "the {preset} mapping leaves out rows by a column {header!r}, which the file lacks",
                preset=preset.name,
                header=" / ".join(preset.leave_out),
            ),
        )
    conversion = {
        positions[_key(header)]: texts
        for header, texts in preset.conversion.items()
        if _key(header) in positions
    }
    return Mapping_(preset, indexes, table.headers, keep, leave_out, fallbacks, conversion)


#: Fields read from the preset's next column where the first is empty on a row.
_FALLBACK_FIELDS = ("donor", "email")


def _key(header: str) -> str:
    """Headers compare without case, accents, punctuation or extra spaces."""
    return normalise_name(header)


def _shape_problem(cells: list[str], width: int) -> tuple[Message, str, str] | None:
    """Why a row of a table cannot be read against its header (reason, column, value):
    more cells than the header has columns (quoting the first beyond them), or the
    file's last row cut short (``CutRow``); else None."""
    count = len(cells)
    if count > width and any(c.strip() for c in cells[width:]):
        return (
            Message(
                "has {count} cells but the header has {width} columns", count=count, width=width
            ),
            "(row)",
            next(c for c in cells[width:] if c.strip()),
        )
    if type(cells) is CutRow:
        return (
            Message(
                "is the file's last row, cut short: it has {count} of the header's {width} "
                "columns and no line end (a download cut short?): download the file again",
                count=count,
                width=width,
            ),
            "(row)",
            cells[-1] if cells else "",
        )
    return None
