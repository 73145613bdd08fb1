"""Reading tables of donations: CSV (any common delimiter and encoding) and spreadsheets.

``open_table`` looks at the file's first bytes to tell a spreadsheet (XLSX, XLS, ODS)
from text, detects the encoding (BOM, UTF-8, else charset-normalizer among the
encodings donation files come in) and the delimiter, and checks the header. Its rows
are read lazily, so a million-row file is never held in memory; a second pass reads
the file again.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as safe_et
from charset_normalizer import from_bytes

from treasurer.core.errors import Message
from treasurer.importers.records import ImportFileError, utf8_misread

#: A single CSV field larger than this is refused (a runaway quote, or not a CSV).
MAX_FIELD = 128 * 1024
_SAMPLE = 256 * 1024
_DELIMITERS = ",;\t|"
_EXCEL_SEPARATOR = re.compile(r"sep=(.)\r?\n", re.IGNORECASE)
#: The text of a number that the amount parser would read with a thousands point.
_LOOKS_GROUPED = re.compile(r"-?[1-9][0-9]{0,2}\.[0-9]{3}")
#: The same, given a leading zero to be read as a decimal number (``_cell_text``).
_PADDED = re.compile(r"(-?)0([1-9][0-9]{0,2}\.[0-9]{3})")
_ENCODINGS = ["utf_8", "cp1256", "cp1252", "latin_1", "utf_16"]
_SIGNATURES = {
    b"\x89PNG": Message("a PNG image"),
    b"\xff\xd8\xff": Message("a JPEG image"),
    b"GIF8": Message("a GIF image"),
    b"%PDF": Message("a PDF document"),
    b"\x1f\x8b": Message("a gzip archive"),
    b"Rar!": Message("a RAR archive"),
    b"7z\xbc\xaf": Message("a 7-Zip archive"),
    b"SQLite format 3\x00": Message("an SQLite database (a ledger?)"),
}
#: An XML document's root element, past its declaration, comments and doctype.
_XML_ROOT = re.compile(r"\s*(?:<[?!][^>]*>\s*)*<([A-Za-z_][\w:.-]*)[\s>/]")
_ISO20022 = re.compile(r"iso:20022:tech:xsd:([a-z]{4}\.[0-9]{3})")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # legacy .xls
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
_CELL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!"}

csv.field_size_limit(MAX_FIELD)


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header and a way to read its rows (again and again)."""

    path: Path
    kind: str  # "csv" or "spreadsheet"
    headers: tuple[str, ...]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    #: Rows before the header (a title, Excel's "sep=;" line), blank rows not counted.
    skip: int = 0
    #: The decimal mark a workbook's number cells are written with as text: the one
    #: its preset reads amounts with (a number cell 75.5 is "75,5" for a preset of
    #: French exports, whose texts write decimals with a comma).
    decimal_mark: str = "."

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) for each row after the header; blank rows are skipped."""
        records = self._records()
        for _ in range(self.skip + 1):  # the lines above the header, and the header
            next(records, None)
        yield from records

    def first_rows(self, count: int) -> list[list[str]]:
        """The first ``count`` rows of the file (blank rows skipped), the header's
        included: where to look for a header below a title."""
        found = []
        for _line, cells in self._records():
            found.append(cells)
            if len(found) == count:
                break
        return found

    def with_header(self, skip: int, cells: list[str]) -> Table:
        """The same file read with its header ``skip`` rows down."""
        headers = tuple(_clean(c) for c in cells)
        _check_headers(str(self.path), headers)
        return replace(self, headers=headers, skip=skip)

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        if self.kind == "csv":
            return _csv_rows(self)
        assert self.sheet is not None
        return _sheet_cells(self.path, self.sheet, mark=self.decimal_mark)


def open_table(
    path: Path,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    delimiter: str | None = None,
) -> Table:
    """Open a CSV or spreadsheet file and read its header.

    Raises:
        ImportFileError: the file is missing, empty, binary, not decodable, has no
            header or a header with an empty or repeated column name.
    """
    name = str(path)
    if not path.is_file():
        raise ImportFileError(name, Message("there is no such file"))
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE)
    if not head.strip():
        raise ImportFileError(name, Message("the file is empty"))
    if head.startswith((_ZIP, _OLE)):
        return _open_sheet(path, sheet)
    for signature, what in _SIGNATURES.items():
        if head.startswith(signature):
            raise ImportFileError(
                name, Message("this is {what}, not a table of donations", what=what)
            )
    if path.suffix.lower() in _SPREADSHEET_SUFFIXES and b"\x00" in head and not _utf16_order(head):
        raise ImportFileError(
            name,
            Message(
                "its name ends in {suffix}, but it is not a workbook: it may be damaged, or "
                "another kind of file renamed",
                suffix=path.suffix,
            ),
        )
    # a text file named like a workbook (banks export CSV or tab-separated text as .xls)
    # is read as the text it is
    chosen = encoding or _detect_encoding(name, head)
    try:
        codec = codecs.lookup(chosen)
    except LookupError:
        raise ImportFileError(
            name,
            Message(
                "{encoding!r} is not a text encoding Treasurer knows (such as utf-8, "
                "windows-1256, iso-8859-15)",
                encoding=chosen,
            ),
        ) from None
    if codec.name == "utf-16" and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # "UTF-16" without its byte-order mark: which order, its zero bytes tell
        chosen = _utf16_order(head) or "utf_16_le"
    text = _decode_sample(name, head, chosen)
    if encoding and (misread := utf8_misread(head, chosen)) is not None:
        raise ImportFileError(name, misread)
    if (
        encoding
        and not codecs.lookup(chosen).name.startswith("utf")  # (UTF-8 writes them in 2 bytes)
        and (c1 := _C1.search(text)) is not None
    ):
        raise ImportFileError(name, _c1_control(chosen, c1.group(0)))
    if "\x00" in text or len(text.translate(_CONTROLS)) * 100 < len(text) * 99:
        # no text has control characters (bar tab and line ends) in 1 of 100 characters
        raise ImportFileError(name, _BINARY)
    _refuse_as_text(name, text, sheet)
    skip = 0
    excel = _EXCEL_SEPARATOR.match(text.lstrip("\ufeff"))
    if excel:  # Excel's first line "sep=;" names the delimiter; the header follows
        skip = 1
        delimiter = delimiter or excel.group(1)
    if delimiter:
        chosen_delimiter = delimiter_of(delimiter)
        if chosen_delimiter is None:
            raise ImportFileError(name, _bad_delimiter(delimiter))
        delimiter = chosen_delimiter
    else:
        delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(cells for cells in islice(reader, skip, None) if any(map(str.strip, cells)))
    except csv.Error as exc:
        raise ImportFileError(name, _csv_problem(exc, reader.line_num)) from None
    except StopIteration:
        header = []
    headers = tuple(_clean(h) for h in header)
    _check_headers(name, headers)
    return Table(path, "csv", headers, encoding=chosen, delimiter=delimiter, skip=skip)


_BINARY = Message(
    "the file holds binary data, not text (if it is text in an encoding that was not "
    "recognised, choose it, such as utf-16-le: the import window's Encoding, --encoding on "
    "the command line)"
)
#: bytes that are control characters in every 8-bit encoding (tab, line ends and form
#: feed excepted), and the same characters with the C1 controls, deleted by translate
_CONTROL_BYTES = [bytes([b]) for b in (*range(9), 11, *range(14, 32), 127)]
_CONTROLS = dict.fromkeys((*range(9), 11, *range(14, 32), *range(127, 160)))


#: The C1 control characters, which no text holds: what Latin-1 (ISO 8859-1 or -15) makes of
#: the bytes Windows-1252 uses for €, Œ, ’, “ and the like.
_C1 = re.compile("[\x80-\x9f]")


def _c1_control(encoding: str, control: str) -> Message:
    """Why text read in ``encoding`` holds a control character: the byte is a letter or
    sign in Windows-1252 (its € read in Latin-1), or no text at all."""
    byte = control.encode("latin-1")
    try:
        meant = byte.decode("cp1252")
    except UnicodeDecodeError:  # a letter of another encoding (Windows-1256's پ), or binary
        return Message(
            "the file is not {encoding} text: its byte {byte} is a control character there; "
            "choose the file's encoding (such as windows-1256), or no encoding",
            encoding=encoding,
            byte=f"0x{byte[0]:02X}",
        )
    return Message(
        "the file is not {encoding} text: its byte {byte} is a control character in "
        "{encoding}, but {sign!r} in windows-1252; choose windows-1252, or no encoding",
        encoding=encoding,
        byte=f"0x{byte[0]:02X}",
        sign=meant,
    )


def _refuse_as_text(name: str, text: str, sheet: str | None) -> None:
    """Refuse text that is no table: an XML document that is not a statement Treasurer
    reads, or a CSV given a workbook's --sheet.

    Raises:
        ImportFileError: saying which.
    """
    if xml := _XML_ROOT.match(text.lstrip("\ufeff")):
        root = xml.group(1)
        if iso := _ISO20022.search(text[:4096]):  # its root is always "Document"
            root = f"ISO 20022 {iso.group(1)}"
        raise ImportFileError(
            name,
            Message(
                "this is an XML document ({root}), neither a table of donations nor a bank "
                "statement Treasurer reads (CAMT.053, OFX)",
                root=root,
            ),
        )
    if sheet is not None:
        raise ImportFileError(
            name,
            Message(
                "--sheet {sheet!r} names a sheet of a workbook, but this file is text (CSV): "
                "import it without --sheet",
                sheet=sheet,
            ),
        )


def _detect_encoding(name: str, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf_8_sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf_16"
    order = _utf16_order(head)
    if order is not None:
        return order
    try:
        head.decode("utf_8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the sample's end
            best = from_bytes(head, cp_isolation=_ENCODINGS).best()
            if best is None:
                if sum(map(head.count, _CONTROL_BYTES)) * 100 >= len(head):
                    # no text has control characters (bar tab and line ends) in 1 byte of 100
                    raise ImportFileError(name, _BINARY) from None
                raise ImportFileError(
                    name,
                    Message(
                        "the text encoding cannot be recognised; choose it (the import "
                        "window's Encoding, --encoding on the command line)"
                    ),
                ) from None
            found = str(best.encoding)
            if found in ("cp1252", "latin_1") and _arabic_words(head, found):
                return "cp1256"
            return found
    return "utf_8"


#: Runs of letters beyond ASCII that no Latin-script word is made of alone ("Úáí"): Arabic
#: written in Windows-1256, read as Windows-1252.
_NON_ASCII_RUN = re.compile(r"(?<![^\W\d_])[\u00c0-\u00ff]{2,}(?![^\W\d_])")


def _arabic_words(head: bytes, encoding: str) -> bool:
    """Whether a file charset-normalizer takes for Windows-1252 (or Latin-1) is rather
    Windows-1256 with a few Arabic names among Latin text: words of two letters or more
    that are all accented capitals and such in the one, all Arabic letters in the other."""
    text = head.decode(encoding, errors="replace")
    runs = _NON_ASCII_RUN.findall(text)
    if not runs:
        return False
    try:
        arabic = [run.encode(encoding).decode("cp1256") for run in runs]
    except UnicodeError:
        return False
    return all(all("\u0600" <= c <= "\u06ff" for c in word) for word in arabic)


def _utf16_order(head: bytes) -> str | None:
    """The codec of UTF-16 text without a byte-order mark ("utf_16_le", "utf_16_be"),
    or None. Such a file's ASCII characters (delimiters, spaces, line ends, Latin digits,
    headers) have a zero byte on one side, always the same: odd positions for little-
    endian, even ones for big-endian, never the other side. Text in an 8-bit encoding
    has no zero byte; binary data has them on both sides. Even an all-Arabic file has
    its delimiters, spaces and line ends."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    odd, even = head[1 : 2 * pairs : 2].count(0), head[0 : 2 * pairs : 2].count(0)
    enough = max(2, pairs // 50)
    if odd >= enough and even == 0:
        return "utf_16_le"
    if even >= enough and odd == 0:
        return "utf_16_be"
    return None


def _decode_sample(name: str, head: bytes, encoding: str) -> str:
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        return str(decoder.decode(head, final=False))
    except UnicodeError as exc:  # a decoding error, or a codec that refuses the file whole
        raise ImportFileError(
            name,
            Message(
                "the file is not valid {encoding} (byte {byte}); choose the right encoding (the "
                "import window's Encoding, --encoding on the command line)",
                encoding=encoding,
                byte=getattr(exc, "start", 0),
            ),
        ) from None


_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def delimiter_of(text: str) -> str | None:
    """The delimiter a person gives: one character, or ``tab`` (or ``\\t`` as a shell
    passes it), ``comma``, ``semicolon``, ``pipe``; None if it is none of them."""
    if len(text) == 1 and text not in '"\r\n':
        return text
    return _DELIMITER_NAMES.get(text.strip().casefold())


def _bad_delimiter(text: str) -> Message:
    if len(text) == 1:  # a quote mark or a line end: they have their own meaning
        return Message(
            "{delimiter!r} cannot be the delimiter (it quotes cells or ends lines): give "
            "another, such as ';' or ',', or 'tab'",
            delimiter=text,
        )
    return Message(
        "the delimiter {delimiter!r} is not one character: give one, such as ';' or ',', or 'tab'",
        delimiter=text,
    )


def _detect_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=_DELIMITERS).delimiter
    except csv.Error:  # lines of unlike shapes (a title above the header): the most used
        counts = {d: sum(line.count(d) for line in lines[:20]) for d in _DELIMITERS}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _check_headers(name: str, headers: tuple[str, ...]) -> None:
    """A header must name columns. Repeated names are allowed here (ActBlue repeats
    "Reserved"); a repeated name that a mapping uses is refused when mapping."""
    if not headers or not any(headers):
        raise ImportFileError(name, Message("the first line holds no column names"))


def _clean(value: str) -> str:
    return " ".join(value.replace("\ufeff", "").split())


def _csv_problem(exc: csv.Error, line: int, opened: int | None = None) -> Message:
    """What the csv module's error means for the person who made the file (``opened``:
    the line where the row being read began, if known)."""
    problem = str(exc)
    if problem == "unexpected end of data" and opened is not None and opened < line:
        return Message(
            'line {opened}: a quote mark (") in this row is never closed: the file ends '
            "inside a quoted cell (at line {line})",
            opened=opened,
            line=line,
        )
    if problem == "unexpected end of data":
        return Message(
            'line {line}: the file ends inside a quoted cell: a quote mark (") opened on '
            "this line or an earlier one is never closed",
            line=line,
        )
    if problem.startswith("field larger than field limit"):
        return Message(
            "line {line}: a cell holds more than {limit} characters, which no cell of a "
            "donation does (a quote mark left open, or not a table of donations?)",
            line=line,
            limit=csv.field_size_limit(),
        )
    return Message("line {line}: {problem}", line=line, problem=problem)


class CutRow(list[str]):
    """The cells of a file's last row when the file ends within it: fewer cells than the
    header has columns, and no line end after them (a download cut short)."""


def _ends_within_a_line(table: Table) -> bool:
    """Whether the text file ends without a line end (its last row may be cut)."""
    with table.path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 4 - size % 2))
        tail = handle.read().decode(table.encoding or "utf-8", errors="ignore")
    return not tail.endswith(("\n", "\r"))


def _csv_rows(table: Table) -> Iterator[tuple[int, list[str]]]:
    name = str(table.path)
    width = len(table.headers)
    cut = width > 0 and _ends_within_a_line(table)
    with table.path.open("r", encoding=table.encoding, newline="", errors="strict") as handle:
        reader = csv.reader(handle, delimiter=table.delimiter or ",", strict=True)
        done = 0  # the last line of the rows read
        try:
            strip = str.strip
            last: tuple[int, list[str]] | None = None  # held back: is it the cut one?
            for cells in reader:
                if any(map(strip, cells)):
                    if last is not None:
                        yield last
                    last = reader.line_num, cells
                done = reader.line_num
            if last is not None:
                line, cells = last
                yield line, CutRow(cells) if cut and len(cells) < width else cells
        except csv.Error as exc:
            raise ImportFileError(name, _csv_problem(exc, reader.line_num, done + 1)) from None
        except UnicodeError as exc:
            raise ImportFileError(
                name,
                Message(
                    "the file is not valid {encoding} after line {line} "
                    "(byte {byte} of a block); choose the right encoding (the import window's "
                    "Encoding, --encoding on the command line)",
                    encoding=table.encoding,
                    line=reader.line_num,
                    byte=getattr(exc, "start", 0),
                ),
            ) from None


# ---------------------------------------------------------------- spreadsheets
def _open_sheet(path: Path, sheet: str | None) -> Table:
    name = str(path)
    workbook = _workbook(path)
    names = list(workbook.sheet_names)
    if not names:
        raise ImportFileError(name, Message("the workbook has no sheet"))
    chosen = sheet or _first_shown(workbook, names)
    if chosen not in names:
        raise ImportFileError(
            name,
            Message(
                "there is no sheet {sheet!r} (sheets: {sheets})",
                sheet=chosen,
                sheets=", ".join(names),
            ),
        )
    for _line, cells in _sheet_cells(path, chosen, limit=1):
        headers = tuple(_clean(c) for c in cells)
        _check_headers(name, headers)
        return Table(path, "spreadsheet", headers, sheet=chosen)
    if others := [n for n in names if n != chosen]:
        raise ImportFileError(
            name,
            Message(
                "the sheet {sheet!r} is empty; the workbook's other sheets: {sheets} "
                "(choose one: the import window's Sheet, --sheet on the command line)",
                sheet=chosen,
                sheets=", ".join(others),
            ),
        )
    raise ImportFileError(name, Message("the sheet {sheet!r} is empty", sheet=chosen))


def _first_shown(workbook: Any, names: list[str]) -> str:
    """The first sheet of the workbook that is not hidden (an old template, a list of
    values kept out of sight), else the first."""
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    shown = [
        s.name
        for s in workbook.sheets_metadata
        if s.visible == SheetVisibleEnum.Visible and s.typ == SheetTypeEnum.WorkSheet
    ]
    return shown[0] if shown else names[0]


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's sheets, in order."""
    return list(_workbook(path).sheet_names)


def _workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise ImportFileError(
            str(path), Message("the spreadsheet cannot be read ({problem})", problem=str(exc))
        ) from None


def _sheet_cells(
    path: Path, sheet: str, limit: int | None = None, *, mark: str = "."
) -> Iterator[tuple[int, list[str]]]:
    workbook = _workbook(path)
    try:
        data = workbook.get_sheet_by_name(sheet)
        merged = _MergedCells(data)
        top, left = data.start or (0, 0)
        errors: dict[int, list[tuple[int, str]]] = {}
        if limit is None:  # the rows, not the header: the cells that hold an error
            for (row_at, column), error in _error_cells(path, sheet).items():
                errors.setdefault(row_at - top, []).append((column - left, error))
        for line, row in enumerate(data.iter_rows(), start=1):
            cells = [_cell_text(value, mark) for value in row]
            if merged:
                merged.fill(line - 1, cells)
            for column, error in errors.get(line - 1, ()):
                # python-calamine reads an error cell as empty: it is "#DIV/0!", not nothing
                if 0 <= column < len(cells) and not cells[column]:
                    cells[column] = error
            if any(cells):
                yield line, cells
                if limit is not None:
                    limit -= 1
                    if limit == 0:
                        return
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            str(path),
            Message(
                "the sheet {sheet!r} cannot be read ({problem})", sheet=sheet, problem=str(exc)
            ),
        ) from None


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOC_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_XML_CELL = re.compile(rb"<c\b([^>]*?)(?<!/)>(.*?)</c>", re.S)  # not an empty <c .../>
_XML_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_XML_ERROR = re.compile(rb'\bt="e"')
_XML_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _error_cells(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """(row, column), from 0, -> the error an XLSX sheet's cell holds ("#DIV/0!",
    "#REF!"), read from the sheet's XML; empty for a workbook of another kind, or one
    without error cells."""
    import zipfile

    found: dict[tuple[int, int], str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            book = safe_et.fromstring(archive.read("xl/workbook.xml"))
            rels = safe_et.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            rid = next(
                (
                    s.get(_DOC_REL_NS + "id")
                    for s in book.iter(_MAIN_NS + "sheet")
                    if s.get("name") == sheet
                ),
                None,
            )
            target = next(
                (
                    r.get("Target")
                    for r in rels.iter(_PKG_REL_NS + "Relationship")
                    if r.get("Id") == rid
                ),
                None,
            )
            if target is None:
                return found
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            with archive.open(posixpath.normpath(member)) as handle:
                rest = b""
                while block := handle.read(1 << 20):
                    data = rest + block
                    end = data.rfind(b"</c>") + 4
                    if end < 4:
                        rest = data
                        continue
                    if b't="e"' not in data:  # most blocks: no error cell in them
                        rest = data[end:]
                        continue
                    for cell in _XML_CELL.finditer(data, 0, end):
                        attributes = cell.group(1)
                        if not _XML_ERROR.search(attributes):
                            continue
                        ref, value = _XML_REF.search(attributes), _XML_VALUE.search(cell.group(2))
                        if ref and value:
                            at = (int(ref.group(2)) - 1, _column_index(ref.group(1)))
                            found[at] = value.group(1).decode("utf-8", "replace")
                    rest = data[end:]
    except (
        OSError,
        KeyError,
        ValueError,
        zipfile.BadZipFile,
        safe_et.ParseError,  # a DefusedXmlException is a ValueError
    ):
        return {}
    return found


def _column_index(letters: bytes) -> int:
    """A column's index from 0 ("A" is 0, "AA" 26)."""
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


class _MergedCells:
    """A sheet's merged cells: each cell of a merge shows the value of its first (top
    left) cell, as the person who merged them sees it (a date or a name merged over the
    rows of two gifts is the date or name of both)."""

    def __init__(self, sheet: Any) -> None:
        top, left = sheet.start or (0, 0)
        self.ranges = [
            (r0 - top, c0 - left, r1 - top, c1 - left)
            for (r0, c0), (r1, c1) in (getattr(sheet, "merged_cell_ranges", None) or [])
            if (r1, c1) != (r0, c0)
        ]
        self.first: dict[tuple[int, int], str] = {}

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def fill(self, row: int, cells: list[str]) -> None:
        """Give the cells of ``row`` (from 0) that a merge covers its first cell's text."""
        for r0, c0, r1, c1 in self.ranges:
            if row == r0 and c0 < len(cells):
                self.first[(r0, c0)] = cells[c0]
            if r0 <= row <= r1 and (r0, c0) in self.first:
                text = self.first[(r0, c0)]
                for column in range(c0, min(c1, len(cells) - 1) + 1):
                    if (row, column) != (r0, c0) and not cells[column]:
                        cells[column] = text


def _cell_text(value: object, mark: str = ".") -> str:
    """A cell as the text a person would have typed (amounts exact, with the decimal
    ``mark``; dates ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "#NUM!"
        # calamine gives every number as a float; its shortest repr is the typed value
        text = repr(value)
        # written out in full (1e-07 is 0.0000001): the amount parser then says how many
        # decimals it has, rather than that "E" is not part of a number
        text = format(Decimal(text), "f") if "e" in text.lower() else text.removesuffix(".0")
        if mark != ".":
            return text.replace(".", mark)
        if _LOOKS_GROUPED.fullmatch(text):
            # 12.345 typed as a number is twelve and a fraction, but as text it reads as
            # twelve thousand (a thousands point): a leading zero (012.345) leaves only
            # the decimal reading, which a currency of two decimals then refuses
            sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
            text = f"{sign}0{digits}"
        return text
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_spreadsheet(path: Path) -> bool:
    """Whether the file is a workbook, by its first bytes (a zip or an OLE file: a text
    file named .xls is not one)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return head.startswith((_ZIP, _OLE))


def holds_formulas(path: Path) -> bool:
    """Whether an XLSX workbook has formula or error cells. Their saved values are what
    python-calamine reads; a workbook written by a program that never calculated them
    has none, and such cells read as empty."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as member:
                        while block := member.read(1 << 20):
                            if b"<f>" in block or b"<f " in block or b't="e"' in block:
                                return True
    except (OSError, zipfile.BadZipFile):
        return False
    return False


def as_typed(text: str) -> str:
    """A workbook's number as it was typed, for messages: without the leading zero that
    keeps 12.345 from being read as twelve thousand (``012.345``)."""
    padded = _PADDED.fullmatch(text)
    return padded.expand(r"\1\2") if padded else text


def cell_error(text: str) -> bool:
    """Whether a cell holds a spreadsheet error (#DIV/0!, #REF!…) rather than a value."""
    return text.strip().upper() in _CELL_ERRORS
