"""A payment in another currency than the ledger's, converted by the platform itself:
PayPal pays a USD gift into a EUR account by converting its net in two rows of its own
("General Currency Conversion", naming the payment). The gift is recorded in the ledger's
currency at that rate; without such a conversion it stays a bad row."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from treasurer.core.money import Money
from treasurer.importers.presets import parse_preset
from treasurer.importers.records import ImportFileError
from treasurer.services import importing
from treasurer.services.ledger import Ledger, LedgerLocation, init_ledger, list_donors

TODAY = dt.date(2025, 12, 31)
HEADER = (
    '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
    '"From Email Address","To Email Address","Transaction ID","Reference Txn ID","Note"\n'
)


def row(
    day: str, name: str, kind: str, currency: str, gross: str, fee: str, net: str, txn: str, of: str
) -> str:
    return (
        f'"{day}","10:00:00","Europe/Paris","{name}","{kind}","Completed","{currency}",'
        f'"{gross}","{fee}","{net}","d@example.org","party@example.org","{txn}","{of}",""\n'
    )


# newest first, as PayPal lists them: a refund of part of John's gift, converted back
# into USD out of the EUR balance; John's USD gift and its conversion into EUR; a EUR gift;
# a withdrawal's conversion of the USD balance (no payment of its own)
PAYPAL = HEADER + (
    row("20/07/2025", "", "General Currency Conversion", "USD", "-100.00", "0.00", "-100.00",
        "W2", "WD1")
    + row("20/07/2025", "", "General Currency Conversion", "EUR", "91.20", "0.00", "91.20",
          "W3", "WD1")
    + row("15/07/2025", "", "General Currency Conversion", "USD", "19.40", "0.00", "19.40",
          "C4", "9RF")
    + row("15/07/2025", "", "General Currency Conversion", "EUR", "-17.52", "0.00", "-17.52",
          "C3", "9RF")
    + row("15/07/2025", "John Smith", "Payment Refund", "USD", "-20.00", "0.60", "-19.40",
          "9RF", "7AB")
    + row("02/06/2025", "", "General Currency Conversion", "EUR", "43.34", "0.00", "43.34",
          "C2", "7AB")
    + row("02/06/2025", "", "General Currency Conversion", "USD", "-47.96", "0.00", "-47.96",
          "C1", "7AB")
    + row("02/06/2025", "John Smith", "Donation Payment", "USD", "50.00", "-2.04", "47.96",
          "7AB", "")
    + row("01/06/2025", "Marie Curie", "Donation Payment", "EUR", "20.00", "-0.88", "19.12",
          "5EU", "")
)  # fmt: skip


@pytest.fixture
def ledger(location: LedgerLocation) -> Iterator[Ledger]:
    init_ledger(location, name="P", jurisdiction="custom", currency="EUR")
    with Ledger.open(location) as opened:
        yield opened


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def recorded(ledger: Ledger) -> list[tuple[str, str, int, str, int | None, str | None]]:
    """(reference, entry type, amount, currency, fee, notes) of each donation, by reference."""
    with ledger.store.transaction() as repo:
        return [
            (r[0], r[1], r[2], r[3], r[4], r[5])
            for r in repo.session.execute(
                text(
                    "SELECT d.reference, d.entry_type, d.amount_minor, d.currency,"
                    " (SELECT sum(f.amount_minor) FROM processor_fee f"
                    "  WHERE f.donation_id = d.id), d.notes FROM donation d ORDER BY d.reference"
                )
            )
        ]


def test_a_paypal_payment_converted_by_paypal_is_recorded_at_its_rate(
    ledger: Ledger, tmp_path: Path
) -> None:
    report = importing.import_file(ledger, write(tmp_path, "pp.csv", PAYPAL), today=TODAY)
    assert (report.preset, report.new, report.refunds, report.errors) == ("paypal", 2, 1, [])
    # 50.00 USD whose net 47.96 USD became 43.34 EUR: 50.00 x 43.34 / 47.96 = 45.1835 EUR
    # gross, 1.84 EUR of fee; the refund of 20.00 USD (its net 19.40 USD bought with
    # 17.52 EUR that day) at the gift's rate, 45.18 / 50.00: 18.072 EUR back, and
    # 0.60 USD of fee given back, 0.54 EUR (negative)
    assert recorded(ledger) == [
        ("5EU", "donation", 2000, "EUR", 88, None),
        (
            "7AB",
            "donation",
            4518,
            "EUR",
            184,
            "paid 50.00 USD; converted by the platform: 43.34 EUR for the net, 45.18 EUR gross",
        ),
        (
            "9RF",
            "refund",
            -1807,
            "EUR",
            -54,
            "paid -20.00 USD; converted by the platform: -17.52 EUR for the net; at the rate "
            "of the gift it gives back: 18.07 EUR gross",
        ),
    ]
    # the conversions are rows left out, said as such (the withdrawal's too)
    assert sorted(report.skipped) == [
        (line, "Type 'General Currency Conversion' (a currency conversion: read with its payment)")
        for line in (2, 3, 4, 5, 7, 8)
    ]
    again = importing.import_file(ledger, write(tmp_path, "pp2.csv", PAYPAL), today=TODAY)
    assert (again.new, again.refunds, again.duplicates) == (0, 0, 3)


def test_a_payment_in_another_currency_without_a_conversion_into_the_ledgers_is_a_bad_row(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Kept in a USD balance (converted later, with a withdrawal), or converted into
    another currency than the ledger's: nothing says what it is worth in EUR."""
    content = HEADER + (
        row("03/06/2025", "Ann Lee", "Donation Payment", "USD", "30.00", "-1.17", "28.83",
            "KEPT", "")
        + row("04/06/2025", "Bo Li", "Donation Payment", "USD", "10.00", "-0.59", "9.41",
              "GBP1", "")
        + row("04/06/2025", "", "General Currency Conversion", "USD", "-9.41", "0.00", "-9.41",
              "C5", "GBP1")
        + row("04/06/2025", "", "General Currency Conversion", "GBP", "7.40", "0.00", "7.40",
              "C6", "GBP1")
        + row("05/06/2025", "Cy Ng", "Donation Payment", "USD", "10.00", "-0.59", "", "NONET",
              "")
        + row("05/06/2025", "", "General Currency Conversion", "EUR", "8.50", "0.00", "8.50",
              "C7", "NONET")
    )  # fmt: skip
    with pytest.raises(importing.BadRowsError) as caught:
        importing.import_file(ledger, write(tmp_path, "bad.csv", content), today=TODAY)
    errors = [(e.line, e.column, e.value, str(e.reason)) for e in caught.value.report.errors]
    assert errors == [
        (
            2,
            "Currency",
            "USD",
            "is USD, but this ledger counts in EUR: convert the amount first (Treasurer "
            "never adds currencies blindly)",
        ),
        (
            3,
            "Currency",
            "USD",
            "is USD, but this ledger counts in EUR, and the file does not convert this "
            "payment into EUR once (conversions into EUR: 0): convert the amount first",
        ),
        (
            6,
            "Net",  # an empty cell: its column as the file names it
            "",
            "is needed to read the conversion of USD into EUR (8.50): the platform converts "
            "the net of the payment, and it is empty",
        ),
    ]
    with ledger.store.transaction() as repo:
        assert repo.session.execute(text("SELECT count(*) FROM donation")).scalar() == 0


def test_a_french_paypal_download_converts_with_its_own_words_and_decimal_commas(
    ledger: Ledger, tmp_path: Path
) -> None:
    header = (
        '"Date","Heure","Fuseau horaire","Nom","Type","État","Devise","Avant commission",'
        '"Commission","Net","De l\'adresse email","Numéro de transaction",'
        '"Numéro de la transaction de référence"\n'
    )

    def ligne(kind: str, name: str, devise: str, brut: str, frais: str, net: str, n: str, of: str
              ) -> str:  # fmt: skip
        return (
            f'"02/06/2025","10:00:00","Europe/Paris","{name}","{kind}","Terminé","{devise}",'
            f'"{brut}","{frais}","{net}","d@example.org","{n}","{of}"\n'
        )

    content = header + (
        ligne("Paiement de don", "Jean Martin", "CHF", "1 000,00", "-34,20", "965,80", "8CH", "")
        + ligne("Conversion de devise standard", "", "CHF", "-965,80", "0,00", "-965,80", "K1",
                "8CH")
        + ligne("Conversion de devise standard", "", "EUR", "1 010,41", "0,00", "1 010,41",
                "K2", "8CH")
    )  # fmt: skip
    report = importing.import_file(ledger, write(tmp_path, "fr.csv", content), today=TODAY)
    assert (report.preset, report.new, report.errors) == ("paypal-fr", 1, [])
    # 1,000.00 CHF x 1,010.41 / 965.80 = 1,046.19 EUR; fee 35.78 EUR
    [(reference, _kind, amount, currency, fee, notes)] = recorded(ledger)
    assert (reference, amount, currency, fee) == ("8CH", 104619, "EUR", 3578)
    assert notes == (
        "paid 1 000,00 CHF; converted by the platform: 1010.41 EUR for the net, 1046.19 EUR gross"
    )


def test_a_mapping_that_reads_conversions_needs_the_columns_they_are_read_from() -> None:
    with pytest.raises(ImportFileError) as caught:
        parse_preset(
            {
                "id": "mine",
                "columns": {"date": "Date", "amount": "Gross", "currency": "Currency"},
                "conversion": {"Type": ["General Currency Conversion"]},
            }
        )
    assert str(caught.value.reason) == (
        "reads currency conversions, which needs the columns of refund_of (the payment "
        "converted), amount and currency"
    )


def test_a_mapping_saved_from_a_paypal_download_keeps_its_filters_and_conversions(
    ledger: Ledger, tmp_path: Path
) -> None:
    """The columns edited in the import window are saved as a mapping of one's own: it
    still leaves out what PayPal's preset leaves out by columns it does not map (a
    pending or denied payment by its Status), and reads the conversions."""
    pending = row("03/06/2025", "Ann Lee", "Donation Payment", "EUR", "30.00", "-1.17", "28.83",
                  "PEND", "").replace("Completed", "Pending")  # fmt: skip
    denied = pending.replace("PEND", "DENY").replace("Pending", "Denied")
    path = write(tmp_path, "pp.csv", PAYPAL + pending + denied)
    seen = importing.file_columns(path)
    assert seen.preset == "paypal"
    columns = {**seen.columns, "notes": "Name"}  # edited: the name in the notes as well
    saved = importing.save_mapping("PayPal du parti", columns, base="paypal", headers=seen.headers)
    report = importing.import_file(ledger, path, mapping=saved, today=TODAY)
    assert (report.new, report.refunds, report.errors) == (2, 1, [])
    assert sorted(r for _line, r in report.skipped if "Status" in r) == [
        "Status 'Denied' (the preset imports only: completed, partially refunded, refunded)",
        "Status 'Pending' (the preset imports only: completed, partially refunded, refunded)",
    ]
    assert [(r[0], r[2], r[4]) for r in recorded(ledger)] == [
        ("5EU", 2000, 88),
        ("7AB", 4518, 184),
        ("9RF", -1807, -54),
    ]


def test_a_gift_given_back_in_full_is_taken_back_whole_whatever_the_rate_of_the_day(
    ledger: Ledger, tmp_path: Path
) -> None:
    """The dollar rose between the gift and its refund: PayPal bought the 47.96 USD back
    with 47.00 EUR, more than the 43.34 EUR the gift brought. The refund is of the gift
    (45.18 EUR), not of the day's rate: nothing left to the donor, nothing refused as
    more than the gift. A chargeback won back is worth the gift again."""
    content = HEADER + (
        row("03/09/2025", "John Smith", "Chargeback Reversal", "USD", "50.00", "0.00", "50.00",
            "CR1", "7AB")
        + row("03/09/2025", "", "General Currency Conversion", "USD", "-50.00", "0.00",
              "-50.00", "C12", "CR1")
        + row("03/09/2025", "", "General Currency Conversion", "EUR", "44.00", "0.00", "44.00",
              "C13", "CR1")
        + row("15/07/2025", "John Smith", "Chargeback", "USD", "-50.00", "0.00", "-50.00",
              "CB1", "7AB")
        + row("15/07/2025", "", "General Currency Conversion", "EUR", "-47.00", "0.00",
              "-47.00", "C10", "CB1")
        + row("15/07/2025", "", "General Currency Conversion", "USD", "50.00", "0.00", "50.00",
              "C11", "CB1")
        + "".join(PAYPAL.splitlines(keepends=True)[6:9])  # the gift and its conversions
    )  # fmt: skip
    report = importing.import_file(ledger, write(tmp_path, "cb.csv", content), today=TODAY)
    assert (report.new, report.refunds, report.errors) == (2, 1, [])
    assert [(r[0], r[1], r[2], r[4]) for r in recorded(ledger)] == [
        ("7AB", "donation", 4518, 184),
        ("CB1", "refund", -4518, None),
        ("CR1/reinstated", "donation", 4518, None),
    ]
    [john] = [d for d in list_donors(ledger) if d.name == "John Smith"]
    assert john.total == Money(4518, "EUR")


def test_conversions_found_twice_in_overlapping_downloads_count_once(
    ledger: Ledger, tmp_path: Path
) -> None:
    """Two monthly downloads that overlap, saved as one file: each row twice. The rows
    are duplicates of each other, and the payment's conversions are read once."""
    lines = PAYPAL.splitlines(keepends=True)
    twice = lines[0] + "".join(lines[1:]) + "".join(lines[6:])
    report = importing.import_file(ledger, write(tmp_path, "twice.csv", twice), today=TODAY)
    assert (report.new, report.refunds, report.errors) == (2, 1, [])
    assert report.duplicates == 2
    assert [(r[0], r[2]) for r in recorded(ledger)] == [
        ("5EU", 2000),
        ("7AB", 4518),
        ("9RF", -1807),
    ]


def test_a_rejected_payment_keeps_its_conversions_in_the_rejects_file(
    ledger: Ledger, tmp_path: Path
) -> None:
    """John's name is missing: his USD payment is a bad row (and the refund of it with
    it), saved to the rejects file with the platform's conversions of them, so that the
    rows fixed there import at the rates they give."""
    nameless = PAYPAL.replace('"John Smith","Donation Payment"', '"","Donation Payment"')
    report = importing.import_file(
        ledger, write(tmp_path, "pp.csv", nameless), today=TODAY, skip_bad_rows=True
    )
    assert [(e.line, e.column) for e in report.errors] == [(6, "Reference Txn ID"), (9, "Name")]
    assert report.rejects is not None
    rejects = Path(report.rejects).read_text(encoding="utf-8-sig").splitlines()
    kept = (
        "not a bad row: the platform's currency conversion of a payment above, kept to be "
        "read with it when the fixed rows are imported again"
    )
    assert [row[:4] for row in csv.reader(rejects[1:])] == [
        [
            "6",
            "Reference Txn ID",
            "7AB",
            "refunds a donation that is not in the ledger or the file",
        ],
        ["9", "Name", "", "is missing (no name, first or last name)"],
        *[[n, "", "", kept] for n in ("4", "5", "7", "8")],
    ]
    table = list(csv.reader(rejects))
    table[2][table[0].index("Name")] = "John Smith"  # fixed in the rejects file
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)
    again = importing.import_file(ledger, fixed, today=TODAY)
    assert (again.new, again.refunds, again.errors) == (1, 1, [])
    assert [(r[0], r[2], r[4]) for r in recorded(ledger)] == [
        ("5EU", 2000, 88),
        ("7AB", 4518, 184),
        ("9RF", -1807, -54),
    ]


@pytest.mark.parametrize(
    ("currency", "paid", "fee", "net", "received", "expected", "expected_fee"),
    [
        # dollars into a ledger in yen (no minor unit): the cents are read as cents
        ("JPY", ("USD", "50.00"), "-2.04", "47.96", "7,250", 7558, 308),
        # yen into a ledger in euros: 5,000 yen, thousands grouped
        ("EUR", ("JPY", "5,000"), "-190", "4,810", "28.47", 2959, 112),
    ],
)
def test_a_payment_is_read_in_its_own_currency_before_it_is_converted(
    location: LedgerLocation,
    tmp_path: Path,
    currency: str,
    paid: tuple[str, str],
    fee: str,
    net: str,
    received: str,
    expected: int,
    expected_fee: int,
) -> None:
    init_ledger(location, name="P", jurisdiction="custom", currency=currency)
    code, gross = paid
    content = HEADER + (
        row("02/06/2025", "Aiko Sato", "Donation Payment", code, gross, fee, net, "7AB", "")
        + row("02/06/2025", "", "General Currency Conversion", code, f"-{net}", "0", f"-{net}",
              "C1", "7AB")
        + row("02/06/2025", "", "General Currency Conversion", currency, received, "0",
              received, "C2", "7AB")
    )  # fmt: skip
    with Ledger.open(location) as ledger:
        report = importing.import_file(ledger, write(tmp_path, "pp.csv", content), today=TODAY)
        assert (report.new, report.errors) == (1, [])
        [(_ref, _kind, amount, in_currency, fee_minor, _notes)] = recorded(ledger)
    assert (amount, in_currency, fee_minor) == (expected, currency, expected_fee)


def test_money_given_back_in_a_later_download_is_at_its_gifts_rate(
    ledger: Ledger, tmp_path: Path
) -> None:
    """John's gift is in June's download, its full refund in July's, converted back when
    the dollar was dearer (47.00 EUR for the net): the ledger remembers what the gift
    was in dollars, so the refund takes back the 45.18 EUR it brought (it was refused, as
    more than the gift; at a cheaper dollar, a few cents were left to John)."""
    june = HEADER + "".join(PAYPAL.splitlines(keepends=True)[6:10])
    july = HEADER + (
        row("15/07/2025", "John Smith", "Payment Refund", "USD", "-50.00", "1.45", "-48.55",
            "9FULL", "7AB")
        + row("15/07/2025", "", "General Currency Conversion", "EUR", "-47.00", "0.00",
              "-47.00", "C20", "9FULL")
        + row("15/07/2025", "", "General Currency Conversion", "USD", "48.55", "0.00", "48.55",
              "C21", "9FULL")
    )  # fmt: skip
    first = importing.import_file(ledger, write(tmp_path, "june.csv", june), today=TODAY)
    report = importing.import_file(ledger, write(tmp_path, "july.csv", july), today=TODAY)
    assert (report.refunds, report.errors) == (1, [])
    # -50.00 USD at 45.18 / 50.00; the fee PayPal gave back, 1.45 USD, at the same rate
    assert [(r[0], r[2], r[4], r[5]) for r in recorded(ledger) if r[0] == "9FULL"] == [
        (
            "9FULL",
            -4518,
            -131,
            "paid -50.00 USD; converted by the platform: -47.00 EUR for the net; at the rate "
            "of the gift it gives back: 45.18 EUR gross",
        )
    ]
    [john] = [d for d in list_donors(ledger) if d.name == "John Smith"]
    assert john.total == Money(0, "EUR")
    # July's download again: the refund is there (its reference), whatever the day's rate
    again = importing.import_file(ledger, write(tmp_path, "july2.csv", july), today=TODAY)
    assert (again.refunds, again.duplicates, again.errors) == (0, 1, [])
    # the gift's dollars go with its batch
    assert report.batch_id is not None
    assert first.batch_id is not None
    importing.undo_import(ledger, report.batch_id)
    importing.undo_import(ledger, first.batch_id)
    with ledger.store.transaction() as repo:
        assert repo.session.execute(text("SELECT count(*) FROM donation_original")).scalar() == 0


@pytest.mark.parametrize("one_file", [False, True])
def test_refunds_that_add_up_to_the_gift_take_it_back_to_the_cent(
    ledger: Ledger, tmp_path: Path, one_file: bool
) -> None:
    """10.00 USD recorded as 9.03 EUR, given back in two halves (in two later downloads,
    or in the gift's own): 4.52 then 4.51, not 4.52 twice (refused, the second being
    more than what was left) nor 4.515 rounded each its own way."""
    gift = HEADER + (
        row("02/06/2025", "Ann Lee", "Donation Payment", "USD", "10.00", "-0.79", "9.21",
            "G1", "")
        + row("02/06/2025", "", "General Currency Conversion", "USD", "-9.21", "0", "-9.21",
              "K1", "G1")
        + row("02/06/2025", "", "General Currency Conversion", "EUR", "8.32", "0", "8.32",
              "K2", "G1")
    )  # fmt: skip

    def half(n: int, eur: str) -> str:
        return row(
            f"1{n}/07/2025", "Ann Lee", "Payment Refund", "USD", "-5.00", "0.00", "-5.00",
            f"R{n}", "G1",
        ) + row(
            f"1{n}/07/2025", "", "General Currency Conversion", "EUR", f"-{eur}", "0",
            f"-{eur}", f"K{n}E", f"R{n}",
        ) + row(
            f"1{n}/07/2025", "", "General Currency Conversion", "USD", "5.00", "0", "5.00",
            f"K{n}U", f"R{n}",
        )  # fmt: skip

    if one_file:
        report = importing.import_file(
            ledger,
            write(tmp_path, "all.csv", gift + half(1, "4.70") + half(2, "4.40")),
            today=TODAY,
        )
        assert (report.new, report.refunds, report.errors) == (1, 2, [])
    else:
        importing.import_file(ledger, write(tmp_path, "june.csv", gift), today=TODAY)
        for n, eur in ((1, "4.70"), (2, "4.40")):
            report = importing.import_file(
                ledger, write(tmp_path, f"july{n}.csv", HEADER + half(n, eur)), today=TODAY
            )
            assert (report.refunds, report.errors) == (1, [])
    # 10.00 x 8.32 / 9.21 = 9.0336: 9.03 EUR
    assert [(r[0], r[2]) for r in recorded(ledger)] == [("G1", 903), ("R1", -452), ("R2", -451)]
    [ann] = list_donors(ledger)
    assert ann.total == Money(0, "EUR")
