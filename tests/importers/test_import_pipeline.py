"""Importing files end to end through the service, on SQLite and PostgreSQL: what is
recorded, what is recognised as already there, and what a bad file leaves (nothing)."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as text_

from treasurer.core.dates import DateOrder
from treasurer.core.errors import UserError
from treasurer.core.importing import ImportRow, RowParser
from treasurer.core.money import Money
from treasurer.importers.records import ImportFileError
from treasurer.services import compliance, importing
from treasurer.services.ledger import (
    Ledger,
    LedgerLocation,
    add_unit,
    init_ledger,
    ledger_info,
    list_donations,
    list_donors,
)

TODAY = dt.date(2025, 12, 31)
MAPPING = """
id = "test-mapping"
name = "Test mapping"
[columns]
date = ["Date"]
donor = ["Name"]
amount = ["Amount"]
reference = ["Ref"]
method = ["Method"]
email = ["Email"]
postcode = ["Postcode"]
fee = ["Fee"]
refund_of = ["Refund of"]
currency = ["Currency"]
unit = ["Unit"]
[values.method]
"espèces" = "cash"
"virement" = "transfer"
"cb" = "card"
"""


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


@pytest.fixture
def mapping(tmp_path: Path) -> Path:
    path = tmp_path / "mapping.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(
    ledger: Ledger, path: Path, mapping: Path | None = None, **kwargs: Any
) -> importing.ImportReport:
    return importing.import_file(ledger, path, mapping=mapping, today=TODAY, **kwargs)


def refs(text: str, prefix: str) -> str:
    """The same rows with other references (R1 -> B1…), i.e. other donations."""
    return re.sub(r";R(\d);", rf";{prefix}\1;", text)


def state(ledger: Ledger) -> tuple[Any, ...]:
    info = ledger_info(ledger)
    return info.counts, info.totals


CSV = (
    "Date;Name;Amount;Ref;Method;Email;Fee\n"
    "25/01/2025;Claire Dubois;150,00;R1;virement;claire@example.org;1,20\n"
    "03/02/2025;CLAIRE DUBOIS;1 234,50;R2;cb;claire@example.org;\n"
    "04/02/2025;Jean Martin;100;R3;espèces;;\n"
    "05/02/2025;محمد العلمي;٢٠٠;R4;virement;;\n"
)


def test_a_file_is_imported_and_reimporting_it_adds_nothing(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    path = write(tmp_path, "dons.csv", CSV)
    report = run(ledger, path, mapping)
    assert (report.rows, report.new, report.duplicates, report.errors) == (4, 4, 0, [])
    assert (report.donors_created, report.fees, report.committed) == (3, 1, True)
    assert report.batch_id == 1
    donors = {d.name: (d.total, d.count) for d in list_donors(ledger)}
    assert donors == {
        "Claire Dubois": (Money(138450, "EUR"), 2),
        "Jean Martin": (Money(10000, "EUR"), 1),
        "محمد العلمي": (Money(20000, "EUR"), 1),
    }
    again = run(ledger, path, mapping)
    assert (again.new, again.duplicates, again.donors_created) == (0, 4, 0)
    assert ledger_info(ledger).totals == {"EUR": "1684.50"}
    overlapping = write(tmp_path, "more.csv", CSV + "06/02/2025;Paul Girard;50;R5;cb;;\n")
    more = run(ledger, overlapping, mapping)
    assert (more.new, more.duplicates) == (1, 4)
    batches = importing.list_batches(ledger)
    assert [(b["file"], b["imported"], b["duplicates"]) for b in batches] == [
        ("dons.csv", 4, 0),
        ("dons.csv", 0, 4),
        ("more.csv", 1, 4),
    ]
    assert len(batches[0]["sha256"]) == 64


@pytest.mark.parametrize("worker", [False, True], ids=["one process", "worker"])
def test_a_reference_already_there_for_another_donation_is_a_bad_row_not_a_duplicate(
    ledger: Ledger,
    tmp_path: Path,
    mapping: Path,
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:
    """A reference names a donation within one source: a cheque register's numbers can
    be a platform's payment ids. A row whose reference is there already but whose date
    or amount differ is another donation: reported (line, column, what is there), never
    dropped as a duplicate in silence. The same row again is still a duplicate."""
    if worker:
        monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
        monkeypatch.setattr(importing, "_WORKER_CHUNK", 2)
    run(ledger, write(tmp_path, "platform.csv", CSV), mapping)
    cheques = write(
        tmp_path,
        "cheques.csv",
        "Date;Name;Amount;Ref;Method;Email;Fee\n"
        "15/09/2025;Victor Hugo;200,00;R1;cb;;\n"  # R1 is Claire's 150.00 of 25/01
        "04/02/2025;Jean Martin;100;R3;espèces;;\n"  # the same as the platform's R3
        "16/09/2025;Émile Zola;150,00;R9;cb;;\n"
        "17/09/2025;Dup B;99;R9;cb;;\n"  # R9 again in this file, another donation
        "16/09/2025;Émile Zola;150,00;R9;cb;;\n",  # R9 again, the same row
    )
    with pytest.raises(importing.BadRowsError) as caught:
        run(ledger, cheques, mapping)
    assert [(e.line, e.column, e.value) for e in caught.value.report.errors] == [
        (2, "Ref", "R1"),
        (5, "Ref", "R9"),
    ]
    assert str(caught.value.report.errors[0].reason) == (
        "is already the reference of another entry (150.00 EUR on 2025-01-25): if this row "
        "is another donation, its reference comes from another source; map another column "
        "as the reference, or none"
    )
    assert "(150.00 EUR on 2025-09-16)" in str(caught.value.report.errors[1].reason)
    assert ledger_info(ledger).totals == {"EUR": "1684.50"}  # nothing written

    report = run(ledger, cheques, mapping, skip_bad_rows=True)
    assert (report.rows, report.new, report.duplicates, len(report.errors)) == (5, 1, 2, 2)
    assert ledger_info(ledger).totals == {"EUR": "1834.50"}  # Zola's 150.00 only
    again = run(ledger, cheques, mapping, skip_bad_rows=True)
    assert (again.new, again.duplicates, len(again.errors)) == (0, 3, 2)


def test_rows_without_reference_are_recognised_in_a_file_saved_again(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """A register without references, saved again by another program: amounts written
    "100" for "100,00", Arabic digits for Latin ones, the method in other words. The
    same rows are duplicates, even when a postcode lost its leading zero; a row of
    another donor (another postcode) is new; two identical rows in one file are two
    donations, but a third one in the file saved again may be one of them with a cell
    corrected: a bad row that says so, never a gift counted twice in silence."""
    first = (
        "Date;Name;Amount;Method;Postcode\n"
        "05/01/2025;Paul Martin;100,00;cb;69001\n"
        "15/01/2025;سلمى الزياني;250,50;virement;\n"
        "16/01/2025;Ana Ruiz;20;cb;\n"
        "16/01/2025;Ana Ruiz;20;cb;\n"
        "20/01/2025;Léa Roux;30;cb;01500\n"
    )
    again = (
        "Date;Name;Amount;Method;Postcode\n"
        "05/01/2025;PAUL MARTIN;100;cb;69001\n"
        "١٥/٠١/٢٠٢٥;سلمى الزياني;٢٥٠٫٥٠;virement;\n"
        "16/01/2025;Ana Ruiz;20,00;cb;\n"
        "16/01/2025;Ana Ruiz;20,00;cb;\n"
        "16/01/2025;Ana Ruiz;20,00;cb;\n"  # a third one: asked about
        "05/01/2025;Paul Martin;100;cb;69002\n"  # another postcode: new
        "20/01/2025;Léa Roux;30;cb;1500\n"  # the spreadsheet dropped the leading zero
    )
    report = run(ledger, write(tmp_path, "first.csv", first), mapping)
    assert (report.new, report.duplicates) == (5, 0)
    saved = run(ledger, write(tmp_path, "again.csv", again, "utf-16"), mapping, skip_bad_rows=True)
    assert (saved.rows, saved.new, saved.duplicates) == (7, 1, 5)
    [issue] = saved.errors
    assert (issue.line, issue.value) == (6, "20,00")
    assert str(issue.reason).startswith(
        "Ana Ruiz already gave 20.00 EUR on 2025-01-16 in the ledger, recorded from another "
        "source (without a reference): if this row is that gift, leave it out of the import"
    )
    assert ledger_info(ledger).totals == {"EUR": "520.50"}  # 420.50 + 100


def fingerprinted(ledger: Ledger, fingerprints: dict[str, int]) -> None:
    """Give the donations of each amount (minor units) the fingerprint an earlier
    version of Treasurer computed for them."""
    with ledger.store.transaction() as repo:
        for fingerprint, minor in fingerprints.items():
            repo.session.execute(
                text_("UPDATE donation SET fingerprint = :f WHERE amount_minor = :m"),
                {"f": fingerprint, "m": minor},
            )


def test_rows_imported_with_the_second_fingerprints_are_still_recognised(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """Rows imported in 2026-11 carry the fingerprint of their meaning and their other
    cells' raw text (these values are what that code computed for these rows): the same
    rows imported again are recognised by it."""
    second = {"32247037e11ecb29834ae9b025d5da5934a9fc2f": 10000}
    second["822a3e1b4a14368962b0145c376f464180f715a8"] = 2000
    parser = RowParser(currency="EUR", date_order=DateOrder.DAY_FIRST, today=TODAY)
    columns = {"date": "Date", "donor": "Name", "amount": "Amount", "method": "Method"}
    paul = {"date": "05/01/2025", "donor": "Paul Martin", "amount": "100,00", "method": "card"}
    rows = [
        parser.parse(2, {**paul, "postcode": "01500", "fee": "1,20"}, columns),
        parser.parse(
            3, {"date": "16/01/2025", "donor": "Ana", "amount": "20", "method": "card"}, columns
        ),
    ]
    assert [r.older_fingerprints[0] for r in rows if isinstance(r, ImportRow)] == list(second)
    # saved again by a spreadsheet: the postcode's zero and the fee's last zero dropped
    resaved = RowParser(currency="EUR", date_order=DateOrder.DAY_FIRST, today=TODAY).parse(
        2, {**paul, "postcode": "1500", "fee": "1,2"}, columns
    )
    assert isinstance(resaved, ImportRow)
    assert isinstance(rows[0], ImportRow)
    assert resaved.fingerprint == rows[0].fingerprint
    assert resaved.older_fingerprints[0] != rows[0].older_fingerprints[0]

    text = "Date;Name;Amount;Method;Postcode;Fee\n05/01/2025;Paul Martin;100,00;cb;01500;1,20\n"
    path = write(tmp_path, "second.csv", text + "16/01/2025;Ana;20;cb;;\n")
    run(ledger, path, mapping)
    fingerprinted(ledger, second)  # as the second fingerprint wrote them
    again = run(ledger, path, mapping)
    assert (again.new, again.duplicates) == (0, 2)


def test_rows_imported_with_the_first_fingerprints_are_still_recognised(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """Rows imported before 2026-11 carry the fingerprint of their raw text (these two
    values are what that code computed for these rows): the same file imported again is
    recognised by it."""
    first = {"801ad23f0c8db00548fba11d12d9b978cedd2792": 10000}
    first["397ce32968d036025bc57d624435e8d03c956887"] = 2000
    parser = RowParser(currency="EUR", date_order=DateOrder.DAY_FIRST, today=TODAY)
    columns = {"date": "Date", "donor": "Name", "amount": "Amount", "method": "Method"}
    rows = [
        parser.parse(
            2,
            {"date": "05/01/2025", "donor": "Paul Martin", "amount": "100,00", "method": "card"},
            columns,
        ),
        parser.parse(
            3, {"date": "16/01/2025", "donor": "Ana", "amount": "20", "method": "card"}, columns
        ),
    ]
    assert [r.older_fingerprints[-1] for r in rows if isinstance(r, ImportRow)] == list(first)

    text = "Date;Name;Amount;Method\n05/01/2025;Paul Martin;100,00;cb\n16/01/2025;Ana;20;cb\n"
    path = write(tmp_path, "old.csv", text)
    run(ledger, path, mapping)
    fingerprinted(ledger, first)  # as the first fingerprint wrote them
    again = run(ledger, path, mapping)
    assert (again.new, again.duplicates) == (0, 2)


def test_encodings_are_detected(ledger: Ledger, tmp_path: Path, mapping: Path) -> None:
    latin = CSV.replace("محمد العلمي;٢٠٠", "Hélène Lefèvre;200")
    for name, text, encoding in (
        ("cp1252.csv", latin, "cp1252"),
        ("bom.csv", "\ufeff" + refs(latin, "B"), "utf-8"),
        ("utf16.csv", refs(latin, "U"), "utf-16"),
        ("arabic.csv", refs(CSV, "A").replace("٢٠٠", "200"), "cp1256"),
    ):
        report = run(ledger, write(tmp_path, name, text, encoding), mapping)
        assert (report.new, report.errors) == (4, []), name
    names = {d.name for d in list_donors(ledger)}
    assert {"Hélène Lefèvre", "محمد العلمي", "Claire Dubois"} <= names


def test_utf16_without_a_byte_order_mark_is_read_in_its_order(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """Some programs write UTF-16 without a byte-order mark: found by its zero bytes,
    little- or big-endian, and read the same when the person says "utf-16"."""
    for name, encoding, forced in (
        ("le.csv", "utf-16-le", None),
        ("be.csv", "utf-16-be", None),
        ("le-forced.csv", "utf-16-le", "utf-16"),
        ("be-forced.csv", "utf-16-be", "UTF16"),
    ):
        text = refs(CSV, name.split(".")[0].upper())
        path = write(tmp_path, name, text, encoding)
        assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
        report = run(ledger, path, mapping, encoding=forced)
        assert (report.new, report.errors) == (4, []), name
    assert "محمد العلمي" in {d.name for d in list_donors(ledger)}
    assert ledger_info(ledger).totals == {"EUR": "6738.00"}  # 4 files of 1,684.50


def test_an_all_arabic_utf16_file_without_a_byte_order_mark_is_read(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Arabic headers, names and digits: only the delimiters and line ends are ASCII."""
    text = "التاريخ;الاسم;المبلغ\n٠١/٠٣/٢٠٢٥;محمد العلمي;٣٠٠\n٠٢/٠٣/٢٠٢٥;سلمى الزياني;١٢٠\n"
    for order in ("le", "be"):
        path = write(tmp_path, f"ar-{order}.csv", text, f"utf-16-{order}")
        report = run(ledger, path)
        assert (report.preset, report.new + report.duplicates, report.errors) == (
            "generic",
            2,
            [],
        )
    assert ledger_info(ledger).totals == {"EUR": "420.00"}


def test_a_wrong_forced_encoding_is_a_clear_error(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    path = write(tmp_path, "x.csv", CSV, "utf-8")
    with pytest.raises(ImportFileError, match=r"the file is not valid utf-32 \(byte 0\)"):
        run(ledger, path, mapping, encoding="utf-32")
    assert list_donors(ledger) == []


def test_utf8_text_read_in_an_8_bit_encoding_chosen_by_mistake_is_refused(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """A person who chooses Windows-1252 or Latin-1 for a UTF-8 file would record every
    accented name garbled ("Hélène" as "HÃ©lÃ¨ne"): refused, naming the first such word
    both ways; the file imports as it is without the choice, or with utf-8."""
    latin = CSV.replace("محمد العلمي;٢٠٠", "Hélène Lefèvre;200")
    path = write(tmp_path, "utf8.csv", latin)
    for encoding, garbled in (
        ("cp1252", "espÃ¨ces"),
        ("latin-1", "espÃ¨ces"),
        ("windows-1256", "espأ¨ces"),
    ):
        with pytest.raises(ImportFileError) as caught:
            run(ledger, path, mapping, encoding=encoding)
        assert str(caught.value.reason) == (
            f"the file is UTF-8 text, not {encoding}: read as {encoding}, 'espèces' would be "
            f"recorded as '{garbled}'; import it without choosing an encoding, or choose utf-8"
        )
    arabic = write(tmp_path, "arabic.csv", CSV.replace("espèces", "cash"))
    with pytest.raises(
        ImportFileError, match="the file is UTF-8 text, not cp1256: read as cp1256, 'محمد'"
    ):
        run(ledger, arabic, mapping, encoding="cp1256")
    assert list_donors(ledger) == []
    assert run(ledger, path, mapping, encoding="utf-8").new == 4
    assert "Hélène Lefèvre" in {d.name for d in list_donors(ledger)}
    # text in the chosen encoding whose bytes happen to be no UTF-8 is read as chosen
    assert (
        run(
            ledger,
            write(tmp_path, "cp.csv", refs(latin, "C"), "cp1252"),
            mapping,
            encoding="cp1252",
        ).new
        == 4
    )


def test_windows_1252_text_read_in_latin_1_by_mistake_is_refused(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """People take Latin-1 and Windows-1252 for one: the euro sign, the curly apostrophe
    and "Œ" of a Windows-1252 file are control characters in Latin-1, recorded so in names
    and refused in amounts. The choice is refused, naming the byte and what it is."""
    path = write(
        tmp_path, "cp1252.csv", CSV.replace("محمد العلمي;٢٠٠", "Hélène L’Œuvre;200 €"), "cp1252"
    )
    for encoding in ("latin-1", "iso-8859-15"):
        with pytest.raises(ImportFileError) as caught:
            run(ledger, path, mapping, encoding=encoding)
        assert str(caught.value.reason) == (
            f"the file is not {encoding} text: its byte 0x92 is a control character in "
            f"{encoding}, but '’' in windows-1252; choose windows-1252, or no encoding"
        )
    assert list_donors(ledger) == []
    # Windows-1256's گ (0x90) is no Windows-1252 sign either
    arabic = write(
        tmp_path,
        "ar.csv",
        refs(CSV, "A").replace("٢٠٠", "200").replace("محمد العلمي", "أگادير"),
        "cp1256",
    )
    with pytest.raises(ImportFileError) as caught:
        run(ledger, arabic, mapping, encoding="latin-1")
    assert str(caught.value.reason) == (
        "the file is not latin-1 text: its byte 0x90 is a control character there; choose the "
        "file's encoding (such as windows-1256), or no encoding"
    )
    assert run(ledger, path, mapping, encoding="windows-1252").new == 4
    assert "Hélène L’Œuvre" in {d.name for d in list_donors(ledger)}
    # UTF-8 chosen for UTF-8 text holding a C1 control (a conversion gone wrong earlier):
    # read as it is, as without a choice
    odd = write(tmp_path, "c1.csv", refs(CSV, "U").replace("Jean Martin", "Jean L\x92Hôte"))
    assert run(ledger, odd, mapping, encoding="utf-8").new == 4


def test_a_file_cut_within_its_last_row_says_so(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """A download cut short ends within a row: its last row, with fewer cells than the
    header and no line end, is a bad row that says so (it was imported, its address cut
    and its later cells lost). A last row without a line end but whole is a row."""
    whole = refs(CSV, "T")
    cut = whole[: whole.rindex(";T4;") + 2]  # "…;٢٠٠;T": the reference cut, no line end
    with pytest.raises(importing.BadRowsError) as caught:
        run(ledger, write(tmp_path, "cut.csv", cut), mapping)
    [error] = caught.value.report.errors
    assert (error.line, error.column, error.value, str(error.reason)) == (
        5,
        "(row)",
        "T",
        "is the file's last row, cut short: it has 4 of the header's 7 columns and no line "
        "end (a download cut short?): download the file again",
    )
    assert list_donors(ledger) == []
    assert run(ledger, write(tmp_path, "whole.csv", whole.rstrip("\n")), mapping).new == 4


def test_an_encoding_can_be_forced(ledger: Ledger, tmp_path: Path, mapping: Path) -> None:
    path = write(tmp_path, "x.csv", CSV.replace("محمد العلمي;٢٠٠", "Hélène;200"), "cp1252")
    report = run(ledger, path, mapping, encoding="latin-1")
    assert "Hélène" in {d.name for d in list_donors(ledger)}
    assert report.new == 4
    with pytest.raises(ImportFileError, match="'klingon' is not a text encoding Treasurer knows"):
        run(ledger, path, mapping, encoding="klingon")


def test_bad_rows_commit_nothing_unless_skipped(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    text = CSV + (
        "31/02/2025;Bad Date;10;X1;cb;;\n"
        "06/02/2025;Bad Amount;12,34,5;X2;cb;;\n"
        "07/02/2025;Minus Zero;-0;X3;cb;;\n"
        "08/02/2025;Bad Method;10;X4;bitcoin;;\n"
        "09/02/2025;Bad Mail;10;X5;cb;nobody@;\n"
        "10/02/2025;;10;X6;cb;;\n"
        "11/02/2025;Refund Nowhere;-10;X7;cb;;\n"
    )
    path = write(tmp_path, "bad.csv", text)
    before = state(ledger)
    with pytest.raises(importing.BadRowsError) as caught:
        run(ledger, path, mapping)
    assert str(caught.value).startswith("7 bad rows in ")
    assert "nothing was imported" in str(caught.value)
    assert [(e.line, e.column, e.value, str(e.reason)) for e in caught.value.report.errors] == [
        (6, "Date", "31/02/2025", "is not a day of the calendar"),
        # the column's "150,00" showed "," as its decimal mark
        (7, "Amount", "12,34,5", "has more than one decimal separator ','"),
        (8, "Amount", "-0", "is zero"),
        (9, "Method", "bitcoin", "is not one of: cash, cheque, card, transfer, online, in-kind"),
        (10, "Email", "nobody@", "is not an email address"),
        (11, "Name", "", "is missing (no name, first or last name)"),
        (
            12,
            "Ref",
            "X7",
            "is negative (a refund), but no donation in the ledger or the file has its "
            "reference: if it is the refund's own reference, add a column that gives the "
            "reference of the donation it refunds",
        ),
    ]
    assert state(ledger) == before
    skipped = run(ledger, path, mapping, skip_bad_rows=True)
    assert (skipped.new, len(skipped.errors), skipped.committed) == (4, 7, True)
    assert skipped.rejects is not None
    # where and why, then the row as the file has it: fixed, the rows import again
    with Path(skipped.rejects).open(encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.reader(handle))
    assert rejects[0] == [
        *("line", "column", "value", "reason"),
        *("Date", "Name", "Amount", "Ref", "Method", "Email", "Fee"),
    ]
    assert rejects[1] == [
        *("6", "Date", "31/02/2025", "is not a day of the calendar"),
        *("31/02/2025", "Bad Date", "10", "X1", "cb", "", ""),
    ]
    assert rejects[3][:4] + rejects[3][6:7] == ["8", "Amount", "-0", "is zero", "-0"]
    assert [row[0] for row in rejects[1:]] == ["6", "7", "8", "9", "10", "11", "12"]
    # the treasurer fixes two of them in the rejects file and imports it
    rejects[1][4], rejects[2][6] = "28/02/2025", "12,35"
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rejects)
    again = run(ledger, fixed, mapping, skip_bad_rows=True)
    assert (again.new, [e.line for e in again.errors]) == (2, [4, 5, 6, 7, 8])
    amounts = {d.reference: d.amount.minor for d in list_donations(ledger)}
    assert (amounts["X1"], amounts["X2"]) == (1000, 1235)


def test_a_fixed_rejects_file_imports_its_cells_as_they_were(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """The rejects file guards text a spreadsheet would run (=, +, @): read back, the
    guard is taken off, so the donor is named as in the first file."""
    text = "Date;Name;Amount;Ref\n31/02/2025;=Zed;10;Z1\n01/03/2025;@Anne;-5;Z2\n"
    first = run(ledger, write(tmp_path, "gardes.csv", text), mapping, skip_bad_rows=True)
    assert first.rejects is not None
    with Path(first.rejects).open(encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.reader(handle))
    assert [row[5] for row in rejects[1:]] == ["'=Zed", "'@Anne"]
    rejects[1][4], rejects[2][6] = "28/02/2025", "5"
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rejects)
    again = run(ledger, fixed, mapping)
    assert (again.new, again.errors) == (2, [])
    assert sorted(d.donor_name for d in list_donations(ledger)) == ["=Zed", "@Anne"]


def test_a_dry_run_writes_nothing_but_shows_the_flags(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    path = write(
        tmp_path, "big.csv", CSV + "06/02/2025;Claire Dubois;6500;R9;cb;claire@example.org;\n"
    )
    before = state(ledger)
    preview = run(ledger, path, mapping, dry_run=True)
    assert (preview.new, preview.committed, preview.dry_run, preview.batch_id) == (
        5,
        False,
        True,
        None,
    )
    assert preview.flags >= 1  # Claire goes over the 7,500 € cap
    assert state(ledger) == before
    assert compliance.list_flags(ledger) == []
    done = run(ledger, path, mapping)
    over = [f for f in compliance.list_flags(ledger) if f["kind"] == "over_limit"]
    assert done.flags == preview.flags
    assert [(f["donor_name"], f["amount_over"]) for f in over] == [("Claire Dubois", "384.50")]


def test_refunds_are_linked_and_fees_kept_beside_the_gross(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    text = (
        "Date;Name;Amount;Ref;Method;Fee;Refund of\n"
        "01/03/2025;Ana Ruiz;8000;P1;cb;2,50;\n"
        "02/03/2025;Ana Ruiz;-600;P2;cb;;P1\n"
    )
    report = run(ledger, write(tmp_path, "refund.csv", text), mapping)
    assert (report.new, report.refunds, report.fees) == (1, 1, 1)
    assert ledger_info(ledger).totals == {"EUR": "7400.00"}  # gross, less the refund
    kinds = {f["kind"] for f in compliance.list_flags(ledger)}
    assert "over_limit" not in kinds
    assert "near_limit" in kinds


def test_a_negative_row_bearing_its_donations_reference_is_its_refund(
    ledger: Ledger, tmp_path: Path
) -> None:
    """A volunteer's sheet with no column naming the refunded donation: a negative row
    with a donation's reference refunds that donation (even listed before it, newest
    first), each refund gets its own reference, and the file imports once."""
    text = (
        "Date;Nom;Montant;Référence\n"
        "20/03/2025;Ana Ruiz;-20;R1\n"
        "10/03/2025;Ana Ruiz;-30;R1\n"
        "01/03/2025;Ana Ruiz;100;R1\n"
    )
    path = write(tmp_path, "sheet.csv", text)
    report = run(ledger, path)
    assert (report.preset, report.new, report.refunds, report.errors) == ("generic", 1, 2, [])
    rows = sorted((d.reference, d.amount.minor) for d in list_donations(ledger))
    assert rows == [
        ("R1", 10000),
        ("R1/refund 2025-03-10 30.00 EUR", -3000),
        ("R1/refund 2025-03-20 20.00 EUR", -2000),
    ]
    assert ledger_info(ledger).totals == {"EUR": "50.00"}
    again = run(ledger, path)
    assert (again.new, again.refunds, again.duplicates, again.errors) == (0, 0, 3, [])
    # the same rows in another order, and a third refund exported later: only it is new
    later = (
        "Date;Nom;Montant;Référence\n"
        "01/03/2025;Ana Ruiz;100;R1\n"
        "10/03/2025;Ana Ruiz;-30;R1\n"
        "25/03/2025;Ana Ruiz;-10;R1\n"
        "20/03/2025;Ana Ruiz;-20;R1\n"
    )
    third = run(ledger, write(tmp_path, "later.csv", later))
    assert (third.refunds, third.duplicates, third.errors) == (1, 3, [])
    assert ledger_info(ledger).totals == {"EUR": "40.00"}


def test_a_reference_that_lost_its_leading_zeros_is_the_same(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """A cheque number 0012345 that a spreadsheet wrote back as 12345 names the same
    donation; with another amount, it is reported as ever."""
    first = "Date;Name;Amount;Ref\n15/01/2025;Jean Dupont;100,00;0012345\n"
    run(ledger, write(tmp_path, "first.csv", first), mapping)
    saved = (
        "Date;Name;Amount;Ref\n15/01/2025;Jean Dupont;100;12345\n20/01/2025;Jean Dupont;50;12346\n"
    )
    again = run(ledger, write(tmp_path, "saved.csv", saved), mapping)
    assert (again.new, again.duplicates, again.errors) == (1, 1, [])
    assert ledger_info(ledger).totals == {"EUR": "150.00"}
    other = "Date;Name;Amount;Ref\n15/01/2025;Jean Dupont;70;12345\n"
    clash = run(ledger, write(tmp_path, "other.csv", other), mapping, dry_run=True)
    assert [(e.line, str(e.reason)[:40]) for e in clash.errors] == [
        (2, "is already the reference of another entr")
    ]


def test_a_row_that_cannot_tell_new_donors_of_one_name_apart_says_so(
    ledger: Ledger, tmp_path: Path
) -> None:
    text = (
        "Date;Nom;Code postal;Montant\n15/01/2025;Jean Dupont;75001;100\n"
        "16/01/2025;Jean Dupont;13001;200\n17/01/2025;Jean Dupont;;50\n"
    )
    report = run(ledger, write(tmp_path, "homonymes.csv", text), dry_run=True)
    assert [(e.line, str(e.reason)) for e in report.errors] == [
        (
            4,
            "several donors have this name (0 of the ledger, 2 new in this file, told apart "
            "by their postcode or email) and this row has neither: add a postcode or email "
            "column",
        )
    ]


def test_a_company_named_total_is_a_donor() -> None:
    """A platform's company column holds the company's own name, never a sheet's total."""
    parser = RowParser(currency="EUR", date_order=DateOrder.DAY_FIRST, today=TODAY)
    values = {"date": "05/01/2025", "company": "TOTAL", "donor": "Jean Roux", "amount": "50"}
    row = parser.parse(2, values, {})
    assert isinstance(row, ImportRow)
    assert (row.donor.name, row.donor.kind.value) == ("TOTAL", "company")
    total = parser.parse(3, {**values, "company": "", "donor": "TOTAL"}, {"donor": "Nom"})
    assert not isinstance(total, ImportRow)
    assert (total.column, str(total.reason)[:30]) == ("Nom", "looks like a total, subtotal o")


def test_a_total_written_where_the_dates_go_is_a_total_line() -> None:
    """A register's last line "Total;;;350,00" is said to be a total, not a wrong date."""
    parser = RowParser(currency="EUR", date_order=DateOrder.DAY_FIRST, today=TODAY)
    for text in ("Total", "TOTAL JUIN", "Sous-total", "المجموع"):
        total = parser.parse(9, {"date": text, "amount": "350,00"}, {"date": "Date"})
        assert not isinstance(total, ImportRow)
        assert (total.column, total.value, str(total.reason)[:30]) == (
            "Date",
            text,
            "looks like a total, subtotal o",
        )
    wrong = parser.parse(9, {"date": "Totem", "donor": "Ann", "amount": "5"}, {"date": "Date"})
    assert not isinstance(wrong, ImportRow)
    assert str(wrong.reason).startswith("is not a date")


def test_a_refund_dated_before_its_donation_is_a_bad_row(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    text = (
        "Date;Name;Amount;Ref;Refund of\n"
        "02/02/2025;Anne Roy;100;D2;\n"
        "04/02/2025;Anne Roy;-30;R2;D2\n"
        "01/01/2025;Anne Roy;-5;R6;D2\n"
    )
    report = run(ledger, write(tmp_path, "refunds.csv", text), mapping, skip_bad_rows=True)
    assert (report.new, report.refunds) == (1, 1)
    assert [(e.line, e.column, e.value, str(e.reason)) for e in report.errors] == [
        (4, "Date", "2025-01-01", "is dated before the donation it refunds (2025-02-02)")
    ]
    assert ledger_info(ledger).totals == {"EUR": "70.00"}


def test_a_refund_naming_another_donor_is_a_bad_row(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """A refund whose reference names Anne Roy's donation but whose name is Paul Girard's
    is a mistake in one of the two: it would lower the wrong donor's total (and hide her
    from a cap), so it is reported, not recorded. The donor's name written otherwise
    (surname first, an initial) is hers."""
    text = (
        "Date;Name;Amount;Ref;Refund of\n"
        "02/02/2025;Anne Roy;100;D2;\n"
        "03/02/2025;Paul Girard;50;D3;\n"
        "04/02/2025;Paul Girard;-30;R2;D2\n"
        "05/02/2025;ROY Anne;-10;R3;D2\n"
        "06/02/2025;A. Roy;-5;R4;D2\n"
        "07/02/2025;Mme ROY;-5;R5;D2\n"
    )
    report = run(ledger, write(tmp_path, "refunds.csv", text), mapping, skip_bad_rows=True)
    assert (report.new, report.refunds) == (2, 3)
    assert [(e.line, e.column, e.value, str(e.reason)) for e in report.errors] == [
        (
            4,
            "Name",
            "Paul Girard",
            "refunds the donation D2 of Anne Roy, but names another donor: correct the name "
            "or the reference of the donation it refunds",
        )
    ]
    totals = {d.name: d.total for d in list_donors(ledger)}
    assert totals == {"Anne Roy": Money(8000, "EUR"), "Paul Girard": Money(5000, "EUR")}


def test_a_unit_the_ledger_lacks_is_a_bad_row_that_lists_the_units(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    add_unit(ledger, "Fès")
    text = (
        "Date;Name;Amount;Ref;Unit\n"
        "01/03/2025;Ana Ruiz;10;U1;fès\n"
        "02/03/2025;Ana Ruiz;10;U2;Rabat\n"
    )
    report = run(ledger, write(tmp_path, "units.csv", text), mapping, skip_bad_rows=True)
    assert report.new == 1
    assert [(e.line, e.column, e.value, str(e.reason)) for e in report.errors] == [
        (
            3,
            "Unit",
            "Rabat",
            "is not an accounting unit of this ledger (units: fès): correct the name, or add "
            "the unit first ('treasurer unit add')",
        )
    ]


def test_rows_without_reference_are_recognised_by_fingerprint(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    text = (
        "Date;Name;Amount\n01/03/2025;Ana Ruiz;10\n01/03/2025;Ana Ruiz;10\n02/03/2025;Ana Ruiz;10\n"
    )
    path = write(tmp_path, "noref.csv", text)
    first = run(ledger, path, mapping)
    assert first.new == 3  # two identical gifts on one day are two gifts
    second = run(ledger, path, mapping)
    assert (second.new, second.duplicates) == (0, 3)


def test_the_date_order_of_a_column_is_inferred(tmp_path: Path, mapping: Path) -> None:
    location = LedgerLocation.for_path(tmp_path / "us.db")
    init_ledger(location, name="P", jurisdiction="us-fec", currency="USD")
    with Ledger.open(location) as ledger:
        text = "Date;Name;Amount;Ref\n03/04/2025;A;10;D1\n25/01/2025;B;10;D2\n"
        run(ledger, write(tmp_path, "dmy.csv", text), mapping)
        days = {d.received_on for d in list_donations(ledger)}
        assert days == {dt.date(2025, 4, 3), dt.date(2025, 1, 25)}  # day-first, by the column
        contradictory = "Date;Name;Amount;Ref\n25/01/2025;A;10;E1\n01/25/2025;B;10;E2\n"
        with pytest.raises(ImportFileError, match="the date column is inconsistent"):
            run(ledger, write(tmp_path, "mixed.csv", contradictory), mapping)


def test_a_late_date_settles_the_order_after_rows_were_written(
    ledger: Ledger, tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is read once: ambiguous dates are read in the ledger's order (day-first
    in France) until a date only the other order can read; then the import starts again
    from a clean transaction, even after chunks of rows were inserted."""
    monkeypatch.setattr(importing, "_CHUNK", 2)
    ambiguous = "".join(f"0{m}/0{d}/2025;Donor {m}{d};10;A{m}{d}\n" for m in (1, 2) for d in (3, 4))
    text = "Date;Name;Amount;Ref\n" + ambiguous + "04/25/2025;Late;10;L1\n"
    report = run(ledger, write(tmp_path, "late.csv", text), mapping)
    assert (report.new, report.errors, report.duplicates) == (5, [], 0)
    days = sorted(d.received_on for d in list_donations(ledger))
    assert days == [
        dt.date(2025, 1, 3),
        dt.date(2025, 1, 4),
        dt.date(2025, 2, 3),
        dt.date(2025, 2, 4),
        dt.date(2025, 4, 25),
    ]  # month-first throughout: 01/03/2025 is the 3rd of January
    assert len(importing.list_batches(ledger)) == 1  # the abandoned attempt left nothing


def test_a_contradiction_after_the_order_is_settled_writes_nothing(
    ledger: Ledger, tmp_path: Path, mapping: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "_CHUNK", 2)
    rows = "".join(f"2{d}/01/2025;D{d};10;C{d}\n" for d in range(5))
    text = "Date;Name;Amount;Ref\n" + rows + "01/25/2025;Other;10;X1\n"
    with pytest.raises(ImportFileError) as caught:
        run(ledger, write(tmp_path, "contra.csv", text), mapping)
    assert str(caught.value).endswith(
        "the date column is inconsistent: the dates contradict each other: '20/01/2025' is "
        "day-first but '01/25/2025' is month-first"
    )
    assert list_donations(ledger) == []
    assert importing.list_batches(ledger) == []


def test_another_currency_is_refused_per_row(ledger: Ledger, tmp_path: Path, mapping: Path) -> None:
    text = (
        "Date;Name;Amount;Currency\n01/03/2025;A;10;USD\n01/03/2025;B;10;XXQ\n01/03/2025;C;10;eur\n"
    )
    with pytest.raises(importing.BadRowsError) as caught:
        run(ledger, write(tmp_path, "cur.csv", text), mapping)
    assert [str(e.reason)[:40] for e in caught.value.report.errors] == [
        "is USD, but this ledger counts in EUR: c",
        "is not an ISO-4217 currency code such as",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "this is a PNG image, not a table of donations"),
        (b"%PDF-1.7\n", "this is a PDF document"),
        (b"Date;Name;Amount\n", "has no rows"),
        (
            b'Date;Name;Amount\n01/03/2025;"Ana;10\n',
            'line 2: the file ends inside a quoted cell: a quote mark (") opened on this line',
        ),
        (
            b'Date;Name;Amount;Notes\n01/03/2025;Ana;10;"oops\n02/03/2025;Bo;20;fine\n'
            b"03/03/2025;Cy;30;ok\n",
            'line 2: a quote mark (") in this row is never closed: the file ends inside a '
            "quoted cell (at line 4)",
        ),
        (b"Date;Name;Date\n01/03/2025;A;10\n", "the column 'Date' appears twice"),
        (
            b"Day;Who;Sum\n01/03/2025;A;10\n",
            "no column gives the date, amount, donor of each donation (columns: Day, Who, Sum): "
            "check the column names in the mapping m.toml",
        ),
        (
            b"Date;Name;Amount\n01/03/2025;A;" + b"9" * (200 * 1024) + b"\n",
            "line 2: a cell holds more than 131072 characters, which no cell of a donation does",
        ),
        (b"Date;Name;Amount\n\x00\x01\x02\x03;A;1\n", "binary data"),
        # random bytes with no zero byte: no encoding fits, and their control characters
        # say they are no text
        (bytes(b or 1 for b in random.Random(4).randbytes(4096)), "binary data"),
    ],
)
def test_files_that_cannot_be_imported(
    ledger: Ledger, tmp_path: Path, content: bytes, message: str
) -> None:
    generic = tmp_path / "m.toml"
    generic.write_text(MAPPING.replace('"Date"', '"Date"'), encoding="utf-8")
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    before = state(ledger)
    with pytest.raises(ImportFileError, match=re.escape(message)):
        run(ledger, path, generic)
    assert state(ledger) == before


def test_a_text_file_named_like_a_workbook_is_read_as_text(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """Banks export CSV as ".xls": read as the text it is. A damaged workbook (binary,
    not a workbook) says so."""
    path = tmp_path / "export.xls"
    path.write_bytes(CSV.replace("محمد العلمي;٢٠٠", "Hélène Lefèvre;200").encode("cp1252"))
    report = run(ledger, path, mapping)
    assert (report.new, report.errors) == (4, [])
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"\x00\x13garbage\x00\xff" * 40)
    with pytest.raises(ImportFileError, match=r"its name ends in \.xlsx, but it is not a workbook"):
        run(ledger, damaged, mapping)


def test_a_workbook_whose_first_sheet_is_not_the_donations_names_its_other_sheets(
    ledger: Ledger, tmp_path: Path
) -> None:
    """The one sheet that holds donations is read, and the report says which; with two
    such sheets Treasurer does not guess. A hidden sheet (an old template) is not the
    default, even first."""
    workbook = openpyxl.Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "Résumé"
    summary.append(["Total", 1234])
    workbook.create_sheet("Vide")
    gifts = workbook.create_sheet("Dons")
    gifts.append(["Date", "Nom", "Montant"])
    gifts.append([dt.date(2025, 3, 1), "Claire Dubois", 150])
    path = tmp_path / "classeur.xlsx"
    workbook.save(path)
    report = run(ledger, path, dry_run=True)
    assert (report.sheet, report.other_sheets, report.new) == ("Dons", ["Résumé", "Vide"], 1)
    older = workbook.create_sheet("Dons 2024")
    older.append(["Date", "Nom", "Montant"])
    older.append([dt.date(2024, 3, 1), "Paul Roy", 50])
    workbook.save(path)
    with pytest.raises(ImportFileError) as caught:
        run(ledger, path)
    assert str(caught.value.reason) == (
        "no column of the sheet 'Résumé' gives the date, donor of each donation "
        "(columns: Total, 1234); the workbook has other sheets (Vide, Dons, Dons 2024): "
        "choose one (the import window's Sheet, --sheet on the command line), or map its "
        "columns (the import window's columns page, a --mapping on the command line)"
    )
    with pytest.raises(ImportFileError, match=r"the sheet 'Vide' is empty; the workbook's other"):
        run(ledger, path, sheet="Vide")
    assert run(ledger, path, sheet="Dons").new == 1
    # an old template kept hidden before the year's sheet: the shown one is read
    template = openpyxl.Workbook()
    hidden = template.active
    assert hidden is not None
    hidden.title = "Modèle"
    hidden.append(["Date", "Nom", "Montant"])
    hidden.append([dt.date(2024, 1, 1), "Jean Exemple", 100])
    hidden.sheet_state = "hidden"
    shown = template.create_sheet("Dons 2025")
    shown.append(["Date", "Nom", "Montant"])
    shown.append([dt.date(2025, 2, 1), "Anne Roy", 70])
    both = tmp_path / "modele.xlsx"
    template.save(both)
    report = run(ledger, both, dry_run=True)
    assert (report.sheet, report.other_sheets, report.new) == ("Dons 2025", ["Modèle"], 1)


def test_a_row_with_too_many_columns(ledger: Ledger, tmp_path: Path, mapping: Path) -> None:
    text = "Date;Name;Amount\n01/03/2025;A;10;extra\n01/03/2025;B;10;\n"
    with pytest.raises(importing.BadRowsError) as caught:
        run(ledger, write(tmp_path, "wide.csv", text), mapping)
    [issue] = caught.value.report.errors
    assert (issue.line, str(issue.reason)) == (2, "has 4 cells but the header has 3 columns")


def test_an_import_can_be_undone(ledger: Ledger, tmp_path: Path, mapping: Path) -> None:
    first = run(ledger, write(tmp_path, "a.csv", CSV), mapping)
    assert first.batch_id is not None
    second = run(
        ledger,
        write(tmp_path, "b.csv", "Date;Name;Amount;Ref\n01/03/2025;Claire Dubois;7000;Z1\n"),
        mapping,
    )
    assert second.batch_id is not None
    assert any(f["kind"] == "over_limit" for f in compliance.list_flags(ledger))
    undone = importing.undo_import(ledger, second.batch_id, today=TODAY)
    assert (undone["donations_removed"], undone["donors_removed"]) == (1, 0)
    assert not any(f["kind"] == "over_limit" for f in compliance.list_flags(ledger))
    assert ledger_info(ledger).totals == {"EUR": "1684.50"}
    whole = importing.undo_import(ledger, first.batch_id, today=TODAY)
    assert (whole["donations_removed"], whole["donors_removed"]) == (4, 3)
    assert ledger_info(ledger).counts["donations"] == 0
    with pytest.raises(Exception, match="already undone"):
        importing.undo_import(ledger, first.batch_id)
    assert [b["status"] for b in importing.list_batches(ledger)] == ["undone", "undone"]


def test_close_spellings_are_proposed_not_merged(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    run(
        ledger,
        write(tmp_path, "a.csv", "Date;Name;Amount;Ref\n01/03/2025;Mohamed El Alami;10;F1\n"),
        mapping,
    )
    report = run(
        ledger,
        write(tmp_path, "b.csv", "Date;Name;Amount;Ref\n02/03/2025;Mohammed El Alami;10;F2\n"),
        mapping,
    )
    assert report.donors_created == 1
    [proposal] = report.fuzzy
    assert (proposal["name"], proposal["known_name"]) == ("Mohammed El Alami", "Mohamed El Alami")
    assert proposal["score"] >= 88
    assert len(list_donors(ledger)) == 2


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.binary(max_size=400)
    | st.text(max_size=300).map(lambda t: ("Date;Name;Amount\n" + t).encode())
)
def test_fuzzed_files_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    location = LedgerLocation.for_path(folder / "l.db")
    init_ledger(location, name="P", jurisdiction="fr", currency="EUR")
    mapping = folder / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    path = folder / "in.csv"
    path.write_bytes(content)
    with Ledger.open(location) as ledger:
        try:
            report = run(ledger, path, mapping)
        except (ImportFileError, importing.BadRowsError):
            assert ledger_info(ledger).counts["donations"] == 0
        else:
            assert ledger_info(ledger).counts["donations"] == report.new + report.refunds


def test_an_import_reports_how_far_it_is(ledger: Ledger, tmp_path: Path, mapping: Path) -> None:
    rows = "".join(f"01/03/2025;Donor {i};10;P{i}\n" for i in range(4500))
    path = write(tmp_path, "many.csv", "Date;Name;Amount;Ref\n" + rows)
    calls: list[tuple[int, int]] = []
    run(ledger, path, mapping, progress=lambda done, expected: calls.append((done, expected)))
    assert [done for done, _ in calls] == [2000, 4000, 4500]
    assert all(abs(expected - 4500) <= 50 for _, expected in calls)  # estimated from the size
    assert calls[-1] == (4500, 4500)


def test_a_mapping_is_checked_then_saved_and_used_by_name(ledger: Ledger, tmp_path: Path) -> None:
    text = "Jour du don;Qui;Combien;Par\n01/03/2025;Claire Dubois;150,00;chèque\n"
    path = write(tmp_path, "registre.csv", text)
    seen = importing.file_columns(path)
    assert seen.headers == ("Jour du don", "Qui", "Combien", "Par")
    assert (seen.preset, seen.columns, seen.missing) == ("generic", {}, ["date", "amount", "donor"])
    saved = importing.save_mapping(
        "Registre de Lyon",
        {"date": "Jour du don", "donor": "Qui", "amount": "Combien", "method": "Par"},
        base=seen.preset,
    )
    assert saved == importing.user_mappings_dir() / "registre-de-lyon.toml"
    assert "registre-de-lyon" in {p["id"] for p in importing.list_presets()}
    again = importing.file_columns(path, preset="registre-de-lyon")
    assert (again.missing, again.columns["amount"]) == ([], "Combien")
    report = run(ledger, path, preset="registre-de-lyon")
    assert (report.new, report.errors) == (1, [])
    # saved, it recognises the next file of the kind by its header, as a shipped preset
    # does; a saved mapping that cannot be read is not in the way
    (importing.user_mappings_dir() / "broken.toml").write_text("id = [", encoding="utf-8")
    later = write(tmp_path, "registre-2.csv", text + "02/03/2025;Jean Roux;20;espèces\n")
    detected = run(ledger, later)
    assert (detected.preset, detected.new, detected.duplicates) == ("registre-de-lyon", 1, 1)
    [gift] = [d for d in list_donations(ledger) if d.donor_name == "Claire Dubois"]
    assert (gift.donor_name, gift.amount, gift.method.value) == (
        "Claire Dubois",
        Money(15000, "EUR"),
        "cheque",
    )
    with pytest.raises(ImportFileError, match=r"is not a preset \(presets: registre-de-lyon, "):
        run(ledger, path, preset="registre-de-paris")
    # the generic preset's rows left out by a status column it does not map go on being
    # left out by the mapping saved from it (a cancelled gift is not a gift)
    statut = (
        "Jour du don;Qui;Combien;Statut\n"
        "01/03/2025;Anne Roux;40;Payé\n"
        "02/03/2025;Léa Roux;60;Annulé\n"
    )
    path = write(tmp_path, "registre-statut.csv", statut)
    seen = importing.file_columns(path)
    saved = importing.save_mapping(
        "Registre avec statut",
        {"date": "Jour du don", "donor": "Qui", "amount": "Combien"},
        base=seen.preset,
        headers=seen.headers,
    )
    report = run(ledger, path, mapping=saved)
    assert (report.new, report.skipped) == (1, [(3, "Statut 'Annulé' (not a donation)")])
    with pytest.raises(UserError, match="needs columns for the date, the amount"):
        importing.save_mapping("Sans montant", {"date": "Jour du don", "donor": "Qui"})
    with pytest.raises(UserError, match="needs a name"):
        importing.save_mapping(" - ", {"date": "a", "donor": "b", "amount": "c"})


@pytest.mark.parametrize(
    "above",
    [
        "sep=;\n",  # Excel's line naming the delimiter
        "Registre des dons 2025;;\n;;\n",  # a title, a blank line
        "\n\nDons reçus à la permanence\nTrésorier : J. Roux\n",
    ],
)
def test_a_header_below_a_title_is_found(ledger: Ledger, tmp_path: Path, above: str) -> None:
    """The lines above the header are not rows; bad rows keep their line in the file."""
    rows = "Date;Nom;Montant\n05/01/2025;Jean Dupont;50\n06/01/2025;Anne Roy;x\n"
    path = write(tmp_path, "titre.csv", above + rows)
    report = run(ledger, path, skip_bad_rows=True)
    assert (report.preset, report.rows, report.new) == ("generic", 2, 1)
    [issue] = report.errors
    assert (issue.line, issue.column, issue.value) == (above.count("\n") + 3, "Montant", "x")
    assert importing.file_columns(path).headers == ("Date", "Nom", "Montant")


@pytest.mark.parametrize(
    "header", ["N° chèque / référence", "Chèque / référence", "Référence / N° chèque"]
)
def test_a_registers_cheque_or_reference_column_is_the_reference(
    ledger: Ledger, tmp_path: Path, header: str
) -> None:
    path = write(
        tmp_path, "registre.csv", f"Date;Nom;Montant;{header}\n05/01/2025;Jean Roy;50;8812\n"
    )
    assert importing.file_columns(path).columns["reference"] == header
    report = run(ledger, path)
    assert (report.new, [d.reference for d in list_donations(ledger)]) == (1, ["8812"])


def test_a_file_without_a_usable_header_says_what_it_has(ledger: Ledger, tmp_path: Path) -> None:
    no_header = write(
        tmp_path, "sans.csv", "15/01/2025;Jean Dupont;100,00\n16/01/2025;Anne Roy;50\n"
    )
    with pytest.raises(ImportFileError, match=r"the first line holds values \(15/01/2025, "):
        run(ledger, no_header)
    # below a title, the likeliest header is the one named
    partial = write(
        tmp_path, "adh.csv", "Registre;;\n;;\nDate;Adhérent;Montant\n15/01/2025;Jean;1\n"
    )
    with pytest.raises(ImportFileError, match=r"\(columns: Date, Adhérent, Montant\)"):
        run(ledger, partial)


def test_a_workbooks_header_below_a_title_is_found(ledger: Ledger, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Registre des dons 2025"])
    sheet.append([])
    sheet.append(["Date", "Nom", "Montant"])
    sheet.append([dt.date(2025, 1, 5), "Jean Dupont", 50])
    sheet.append([dt.date(2025, 1, 6), "Anne Roy", "x"])
    path = tmp_path / "titre.xlsx"
    workbook.save(path)
    report = run(ledger, path, skip_bad_rows=True)
    assert (report.rows, report.new, [(e.line, e.value) for e in report.errors]) == (
        2,
        1,
        [(5, "x")],
    )


def test_a_platform_export_shows_how_its_preset_reads_it() -> None:
    stripe = Path(__file__).parent / "samples" / "platforms" / "stripe.csv"
    seen = importing.file_columns(stripe)
    assert seen.preset == "stripe"
    assert seen.columns["amount"] == "Converted Amount"
    assert seen.columns["refund_amount"] == "Converted Amount Refunded"
    assert seen.missing == []


@pytest.mark.parametrize("worker", [False, True], ids=["one process", "worker"])
def test_an_amount_that_reads_both_ways_is_reported_against_what_the_file_shows(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker: bool
) -> None:
    """ "1.500" is 1,500 where "." groups thousands and 1.50 where it is the decimal mark.
    A file whose other amounts write decimals with "." ("1,234.50", even after it) makes
    it a bad row, never read one way in silence; so does "1,500" beside "12.345" in one
    file. An amount written the other way ("1.234,50") makes the file's amounts
    contradict each other: it is refused. Alone, "1.500" is read as thousands."""
    if worker:
        monkeypatch.setattr(importing, "WORKER_FROM_BYTES", 0)
        monkeypatch.setattr(importing, "_WORKER_CHUNK", 2)
    text = (
        "Date,Name,Amount\n"
        "01/03/2025,Ann Lee,1.500\n"
        "02/03/2025,Bob Ray,12.345\n"
        '03/03/2025,Cy Dunn,"1,234.50"\n'
        "05/03/2025,Ed Roe,12.50\n"
    )
    contradicted = text + '04/03/2025,Di Fox,"1.234,50"\n'
    with pytest.raises(ImportFileError) as refused:
        run(ledger, write(tmp_path, "both.csv", contradicted), skip_bad_rows=True)
    assert str(refused.value).endswith(
        "the amount column is inconsistent: the amounts contradict each other: '1,234.50' "
        "writes decimals with '.', '1.234,50' with ','; write them one way"
    )
    assert list_donors(ledger) == []
    report = run(ledger, write(tmp_path, "usd.csv", text), skip_bad_rows=True)
    shown = (
        "reads two ways ('.' separating thousands or decimals), and the file's amounts write "
        "decimals with '.' (as '1,234.50'): write it without a thousands mark, or with its "
        "decimals only"
    )
    assert [(e.line, e.value, str(e.reason)) for e in report.errors] == [
        (2, "1.500", shown),
        (3, "12.345", shown),
    ]
    amounts = {d.name: d.total for d in list_donors(ledger)}
    assert amounts == {"Cy Dunn": Money(123450, "EUR"), "Ed Roe": Money(1250, "EUR")}
    mixed = 'Date,Name,Amount\n06/03/2025,Fay Poe,"1,500"\n07/03/2025,Gil Orr,12.345\n'
    both = run(ledger, write(tmp_path, "mixed.csv", mixed), dry_run=True)
    assert [(e.line, str(e.reason)) for e in both.errors] == [
        (
            3,
            "reads two ways ('.' separating thousands or decimals), and the file also writes "
            "'1,500': write the amounts one way",
        )
    ]
    alone = run(
        ledger, write(tmp_path, "alone.csv", "Date,Name,Amount\n05/03/2025,Hal Ito,1.500\n")
    )
    assert (alone.new, alone.errors) == (1, [])
    assert {d.name: d.total for d in list_donors(ledger)}["Hal Ito"] == Money(150000, "EUR")
    # said, for the treasurer to check: "1,500" in a French file may mean 1.50
    assert alone.thousands_read == (".", "1.500")
    assert alone.to_json()["thousands_read"] == {"mark": ".", "first": "1.500"}
    french = run(
        ledger,
        write(
            tmp_path,
            "fr.csv",
            "Date;Nom;Montant\n01/02/2025;Paul Roy;1,500\n02/02/2025;Anne Roy;20\n",
        ),
        dry_run=True,
    )
    assert french.thousands_read == (",", "1,500")
    # not said where an amount shows the decimal mark, nor where none reads two ways
    assert report.thousands_read is None
    assert (
        run(
            ledger, write(tmp_path, "plain.csv", "Date,Name,Amount\n05/03/2025,Ivy Orr,1500\n")
        ).thousands_read
        is None
    )


def test_a_malformed_amount_says_nothing_of_the_files_decimal_mark(
    ledger: Ledger, tmp_path: Path
) -> None:
    """ "12,34,5" is wrong, not a sign that "," groups thousands: before, it made every
    good amount after it a bad row ("50,00": grouped in a way that is not thousands)."""
    text = (
        "Date;Donateur;Montant\n01/02/2025;Jean Dupont;12,34,5\n02/02/2025;Anne Morel;50,00\n"
        "03/02/2025;Luc Petit;1 234,56\n04/02/2025;Paul Roy;20,5\n05/02/2025;Léa Blanc;1.2,3\n"
    )
    report = run(ledger, write(tmp_path, "poison.csv", text), skip_bad_rows=True)
    assert [(e.line, e.value) for e in report.errors] == [(2, "12,34,5"), (6, "1.2,3")]
    assert {d.name: d.total for d in list_donors(ledger)} == {
        "Anne Morel": Money(5000, "EUR"),
        "Luc Petit": Money(123456, "EUR"),
        "Paul Roy": Money(2050, "EUR"),
    }


def test_a_reference_date_and_amount_already_there_for_another_donor_is_a_bad_row(
    ledger: Ledger, tmp_path: Path, mapping: Path
) -> None:
    """Two bank accounts number their entries alike: Luc Petit's 50.00 of 10 February
    with entry 20250210001 on one, Éric Moreau's on the other. The second is not a
    duplicate of the first (it would be lost): it is reported. The same gift exported
    again, its donor written surname first, is still a duplicate."""
    first = "Date;Name;Amount;Ref\n10/02/2025;Luc Petit;50;20250210001\n"
    run(ledger, write(tmp_path, "a.csv", first), mapping)
    other = (
        "Date;Name;Amount;Ref\n10/02/2025;Éric Moreau;50;20250210001\n"
        "10/02/2025;PETIT Luc;50;20250210001\n"
    )
    with pytest.raises(importing.BadRowsError) as caught:
        run(ledger, write(tmp_path, "b.csv", other), mapping)
    report = caught.value.report
    assert [(e.line, e.column, e.value, str(e.reason)) for e in report.errors] == [
        (
            2,
            "Ref",
            "20250210001",
            "is already the reference of Luc Petit's donation of 50.00 EUR on 2025-02-10, but "
            "this row names another donor: if it is that gift, leave the row out; if not, its "
            "reference comes from another source (another account's numbering): map another "
            "column as the reference, or none",
        )
    ]
    assert report.duplicates == 1  # PETIT Luc's row: his gift again
    assert [d.name for d in list_donors(ledger)] == ["Luc Petit"]


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        (
            'date_ordre = "mdy"\n[columns]\ndate = ["Quand"]\ndonor = ["Qui"]\n'
            'amount = ["Combien"]\n',
            "has unknown settings: date_ordre (settings: ",
        ),
        (
            '[colums]\ndate = ["Quand"]\ndonor = ["Qui"]\namount = ["Combien"]\n',
            "has unknown settings: colums",
        ),
        (
            '[columns]\ndate = ["Quand"]\ndonor = ["Qui"]\namount = ["Combien"]\n'
            '[constant]\nmethod = "cash"\n',
            "has unknown settings: constant",
        ),
        (
            '[columns]\ndate = ["Quand"]\ndonor = ["Qui"]\namount = ["Combien"]\n'
            '[leave_out]\n"Etat paiment" = ["annulé"]\n',
            "leaves out rows by a column 'Etat paiment', which the file lacks",
        ),
    ],
    ids=["a key", "a section", "constant", "a leave_out column"],
)
def test_a_mappings_typo_is_an_error_not_a_setting_left_out(
    ledger: Ledger, tmp_path: Path, toml: str, problem: str
) -> None:
    """A misspelt key or section of a mapping, or a column it leaves rows out by that the
    file lacks, is refused: before, the dates were read day first, the method was a
    transfer, a cancelled payment was imported, and nothing said so."""
    mapping = write(tmp_path, "mine.toml", 'id = "mine"\nname = "Mine"\n' + toml)
    data = write(
        tmp_path,
        "dons.csv",
        "Quand;Qui;Combien;Etat paiement\n01/02/2025;Jean Dupont;100;payé\n"
        "03/04/2025;Anne Morel;250;annulé\n",
    )
    with pytest.raises(ImportFileError) as refused:
        run(ledger, data, mapping)
    assert problem in str(refused.value)
    assert list_donors(ledger) == []


def test_a_csv_with_line_ends_of_a_mac_is_read(ledger: Ledger, tmp_path: Path) -> None:
    """Excel for Mac's "CSV (Macintosh)" ends lines with CR alone: before, it was refused
    with the csv module's "new-line character seen in unquoted field"."""
    path = tmp_path / "mac.csv"
    path.write_bytes(
        'Date;Donateur;Montant;Notes\r01/02/2025;Jean Dupont;100,50;"remis\ren main"\r'
        "02/02/2025;Anne Morel;50;\r".encode("cp1252")
    )
    report = run(ledger, path)
    assert (report.new, report.errors) == (2, [])
    assert {d.name: d.total for d in list_donors(ledger)} == {
        "Jean Dupont": Money(10050, "EUR"),
        "Anne Morel": Money(5000, "EUR"),
    }


def test_a_column_with_values_but_no_header_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    """Nothing reads a column without a header: 'espèces' under no name (a cash gift,
    read as a transfer before, and never flagged), or a surname beside 'Donateur'. The
    file is refused, naming the column and its first value; empty unnamed columns (a
    line ending in ';') are no matter."""
    path = write(
        tmp_path,
        "dons.csv",
        "Date;Donateur;Montant;;Remarque;\n01/02/2025;Jean Dupont;500;;;\n"
        "02/02/2025;Anne Morel;20;espèces;;\n",
    )
    with pytest.raises(ImportFileError) as refused:
        run(ledger, path, dry_run=True)
    assert str(refused.value).endswith(
        "column 4 holds values but has no header (the first: 'espèces'); nothing would read "
        "it: give it a header, or delete it"
    )
    trailing = write(tmp_path, "ok.csv", "Date;Donateur;Montant;\n01/02/2025;Jean Dupont;500;\n")
    assert run(ledger, trailing).new == 1
