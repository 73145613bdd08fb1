"""Field offices end to end: ledgers on disk that record offline, export bundles, and a
headquarters ledger (SQLite and PostgreSQL) that imports them in any order, twice."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from treasurer.core import bundle as fmt
from treasurer.core.crypto import DamagedFileError, WrongPassphraseError, is_encrypted
from treasurer.core.errors import UserError
from treasurer.core.names import normalise_name
from treasurer.services import compliance, importing, office_import, offices
from treasurer.services.ledger import (
    DonationRequest,
    Ledger,
    LedgerLocation,
    add_donation,
    init_ledger,
    list_donations,
    list_donors,
)

TODAY = dt.date(2025, 12, 31)


# ---------------------------------------------------------------- helpers
def _hq(location: LedgerLocation) -> str:
    return init_ledger(location, name="Parti", jurisdiction="fr", currency="EUR").ledger_id


def _office(tmp_path: Path, hq: Ledger, unit: str) -> LedgerLocation:
    setup = tmp_path / f"{unit}.json"
    offices.write_setup_file(hq, unit=unit, out=setup)
    where = LedgerLocation.for_path(tmp_path / f"{unit}.db")
    offices.init_office(where, setup=setup)
    return where


def _add(location: LedgerLocation, day: str, donor: str, amount: str, **more: Any) -> int:
    with Ledger.open(location) as ledger:
        result = add_donation(
            ledger, DonationRequest(date=day, donor=donor, amount=amount, **more), today=TODAY
        )
    return int(result.donation_id)


def _export(location: LedgerLocation, out: Path) -> offices.ExportResult:
    with Ledger.open(location) as ledger:
        return offices.export_bundle(ledger, out=out)


def _import(location: LedgerLocation, path: Path, **kw: Any) -> office_import.OfficeImportReport:
    with Ledger.open(location) as ledger:
        return office_import.import_bundle(ledger, path, today=TODAY, **kw)


def _state(location: LedgerLocation) -> dict[str, Any]:
    """What the ledger holds, independent of ids and insertion order."""
    with Ledger.open(location) as ledger:
        # the first spelling to arrive names the donor: compare by the name's key
        donors = {normalise_name(d.name): (d.total.minor, d.count) for d in list_donors(ledger)}
        donations = sorted(
            (
                d.uuid,
                normalise_name(d.donor_name),
                d.amount.minor,
                d.entry_type.value,
                d.unit,
                d.received_on,
            )
            for d in list_donations(ledger)
        )
        flags = sorted(
            (
                f["rule_id"],
                normalise_name(f["donor_name"]),
                f["status"],
                f["total"],
                f["amount_over"],
                len(f["donation_ids"]),
            )
            for f in compliance.list_flags(ledger, status="all")
        )
        with ledger.store.transaction() as repo:
            refunds = sorted(
                tuple(r)
                for r in repo.session.execute(
                    text(
                        "SELECT r.uuid, d.uuid FROM donation r JOIN donation d"
                        " ON d.id = r.refund_of_id"
                    )
                )
            )
            all_donors = repo.session.execute(text("SELECT count(*) FROM donor")).scalar()
    return {
        "donors": donors,
        "donor_rows": all_donors,
        "donations": donations,
        "refunds": refunds,
        "flags": flags,
    }


def _fingerprint(location: LedgerLocation) -> tuple[Any, ...]:
    """Counts of every table, the audit log's last hash and the sum of the donations: any
    write changes it."""
    with Ledger.open(location) as ledger, ledger.store.transaction() as repo:
        s = repo.session
        counts = tuple(
            s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in (
                "donor",
                "donation",
                "flag",
                "audit_log",
                "office_bundle",
                "accounting_unit",
                "permissibility_check",
            )
        )
        last = s.execute(text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).scalar()
        total = s.execute(text("SELECT coalesce(sum(amount_minor), 0) FROM donation")).scalar()
        statuses = tuple(s.execute(text("SELECT id, status FROM flag ORDER BY id")).all())
    return (*counts, last, total, statuses)


@pytest.fixture
def scene(tmp_path: Path, location: LedgerLocation) -> dict[str, Any]:
    """Headquarters (on the engine under test) with a donor of its own, and two field
    offices on SQLite that recorded donations offline and exported them; Lyon then
    recorded more and exported again without an acknowledgement."""
    _hq(location)
    _add(location, "2025-01-10", "Jean Dupond", "50", postcode="75011")
    with Ledger.open(location) as hq:
        lyon = _office(tmp_path, hq, "Lyon")
        marseille = _office(tmp_path, hq, "Marseille")
    _add(lyon, "2025-03-01", "Claire Martin", "4000", email="claire@example.org")
    cash = _add(lyon, "2025-03-02", "Jean Dupont", "200", method="cash", postcode="69001")
    ana = _add(lyon, "2025-03-03", "Ana Lopez", "300", email="ana@example.org")
    with Ledger.open(lyon) as ledger:
        flag = next(
            f
            for f in compliance.list_flags(ledger)
            if f["rule_id"] == "fr.cash-cap" and cash in f["donation_ids"]
        )
        compliance.dismiss_flag(ledger, flag["id"], reason="returned in person")
        compliance.record_refund(ledger, ana, amount="100", date="2025-03-20", today=TODAY)
    _add(marseille, "2025-05-01", "CLAIRE MARTIN", "4000", email="Claire@Example.org")
    _add(marseille, "2025-05-02", "Paul Roy", "50")
    a1 = _export(lyon, tmp_path / "lyon-1.zip")
    b1 = _export(marseille, tmp_path / "marseille-1.zip")
    _add(lyon, "2025-06-01", "Ana Lopez", "150", email="ana@example.org")
    a2 = _export(lyon, tmp_path / "lyon-2.zip")
    return {
        "hq": location,
        "lyon": lyon,
        "marseille": marseille,
        "bundles": {"A1": Path(a1.path), "B1": Path(b1.path), "A2": Path(a2.path)},
        "exports": {"A1": a1, "B1": b1, "A2": a2},
    }


# ---------------------------------------------------------------- the merge
EXPECTED_DONORS = {
    "jean dupond": (5000, 1),  # headquarters' own
    "claire martin": (800000, 2),  # one person at two offices: one donor
    "jean dupont": (20000, 1),
    "ana lopez": (35000, 3),  # 300 + 150 - 100 refund
    "paul roy": (5000, 1),
}


@pytest.mark.parametrize(
    "order", [("A1", "B1", "A2"), ("A2", "B1", "A1"), ("B1", "A2", "A1"), ("A2", "A1", "B1")]
)
def test_offices_merge_in_any_order_and_twice(
    scene: dict[str, Any], order: tuple[str, ...]
) -> None:
    hq, bundles = scene["hq"], scene["bundles"]
    reports = [_import(hq, bundles[name]) for name in order]
    state = _state(hq)
    assert state["donors"] == EXPECTED_DONORS
    # the office's Claire Martin is kept as a record merged into the one here
    assert state["donor_rows"] == 6
    assert len(state["donations"]) == 8
    assert sum(d[2] for d in state["donations"]) == 5000 + 800000 + 20000 + 35000 + 5000
    units = {d[1]: d[4] for d in state["donations"]}
    assert units["paul roy"] == "Marseille"
    assert units["jean dupont"] == "Lyon"
    assert units["jean dupond"] is None
    assert len(state["refunds"]) == 1
    assert state["flags"] == [
        ("fr.cap.natural-person", "claire martin", "open", "8000.00", "500.00", 2),
        ("fr.cash-cap", "jean dupont", "dismissed", "200.00", "200.00", 1),
        ("fr.receipt-fields", "ana lopez", "open", "350.00", None, 3),
        ("fr.receipt-fields", "claire martin", "open", "8000.00", None, 2),
        ("fr.receipt-fields", "jean dupond", "open", "50.00", None, 1),
        ("fr.receipt-fields", "jean dupont", "open", "200.00", None, 1),
        ("fr.receipt-fields", "paul roy", "open", "50.00", None, 1),
    ]
    # the cap flag is raised by the import that brings the two offices together, and
    # names both units
    cap_reports = [
        f for r in reports for f in r.flags_raised if f["rule_id"] == "fr.cap.natural-person"
    ]
    assert len(cap_reports) == 1
    assert cap_reports[0]["units"] == ["Lyon", "Marseille"]
    assert "€8,000.00" in cap_reports[0]["message"]
    assert "€500.00 is over" in cap_reports[0]["message"]
    # the close spelling at headquarters is proposed, never merged
    proposals = [p for r in reports for p in r.fuzzy]
    assert any(p["name"] == "jean dupont" and p["known_name"] == "Jean Dupond" for p in proposals)
    # twice: nothing changes at all
    before = _fingerprint(hq)
    again = [_import(hq, bundles[name]) for name in order]
    assert all(r.already_imported is not None and not r.committed for r in again)
    assert _fingerprint(hq) == before
    assert _state(hq) == state


def test_an_overlapping_bundle_adds_only_what_is_new(scene: dict[str, Any]) -> None:
    hq, bundles = scene["hq"], scene["bundles"]
    first = _import(hq, bundles["A1"])
    assert (first.added["donations"], first.added["refunds"], first.added["donors"]) == (3, 1, 3)
    second = _import(hq, bundles["A2"])  # A1 again (not acknowledged) and one more donation
    assert second.added["donations"] == 1
    assert second.added["refunds"] == 0
    assert second.added["donors"] == 0
    assert second.already_here["donations"] == 4
    assert second.already_here["donors"] == 3
    with Ledger.open(hq) as ledger:
        bundles_in = offices.office_status(ledger)["bundles"]
    assert [(b["unit"], b["sequence"]) for b in bundles_in] == [("Lyon", 1), ("Lyon", 2)]
    assert bundles_in[1]["added"]["donations"] == 1


def test_a_dry_run_shows_the_import_and_writes_nothing(scene: dict[str, Any]) -> None:
    hq = scene["hq"]
    _import(hq, scene["bundles"]["A1"])
    before = _fingerprint(hq)
    report = _import(hq, scene["bundles"]["B1"], dry_run=True)
    assert report.dry_run
    assert not report.committed
    assert report.added["donations"] == 2
    assert report.added["donors_matched"] == 1
    assert report.matched_donors == [
        {
            "office_donor": "CLAIRE MARTIN",
            "donor_id": report.matched_donors[0]["donor_id"],
            "donor": "Claire Martin",
        }
    ]
    assert [f["rule_id"] for f in report.flags_raised if f["kind"] == "over_limit"] == [
        "fr.cap.natural-person"
    ]
    assert _fingerprint(hq) == before


def test_the_manifest_describes_the_bundle(scene: dict[str, Any]) -> None:
    path = scene["bundles"]["A1"]
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted([fmt.MANIFEST, *fmt.PARTS])
        manifest = json.loads(archive.read(fmt.MANIFEST))
        donations = [json.loads(x) for x in archive.read(fmt.DONATIONS).splitlines()]
        for name in fmt.PARTS:
            digest = hashlib.sha256(archive.read(name)).hexdigest()
            assert manifest["parts"][name]["sha256"] == digest
    with Ledger.open(scene["lyon"]) as lyon:
        lyon_id = lyon.settings().ledger_id
    with Ledger.open(scene["hq"]) as hq:
        hq_id = hq.settings().ledger_id
    assert manifest["format"] == "treasurer-office-bundle"
    assert manifest["version"] == 1
    assert (manifest["office_ledger_id"], manifest["hq_ledger_id"]) == (lyon_id, hq_id)
    assert (manifest["unit"], manifest["sequence"]) == ("Lyon", 1)
    assert manifest["counts"] == {
        "donors": 3,
        "donations": 4,
        "checks": 0,
        "flag_resolutions": 1,
    }
    assert manifest["sums_minor"] == {"EUR": 400000 + 20000 + 30000 - 10000}
    assert manifest["range"]["full"] is False
    assert manifest["range"]["after"] == {
        "audit": 0,
        "donor": 0,
        "donation": 0,
        "permissibility_check": 0,
    }
    refund = next(d for d in donations if d["entry_type"] == "refund")
    original = next(d for d in donations if d["uuid"] == refund["refund_of"])
    assert (original["amount_minor"], refund["amount_minor"]) == (30000, -10000)
    assert {d["unit"] for d in donations} == {"Lyon"}


# ---------------------------------------------------------------- acknowledgements
def test_acknowledged_exports_are_not_sent_again_and_edits_are(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    hq, lyon = scene["hq"], scene["lyon"]
    _import(hq, scene["bundles"]["A2"])
    with Ledger.open(hq) as ledger:
        ack = offices.write_ack(ledger, out=tmp_path / "ack.json")
    assert [(o["unit"], o["last_sequence"]) for o in ack["offices"]] == [("Lyon", 2)]
    with Ledger.open(lyon) as ledger:
        result = offices.import_ack(ledger, tmp_path / "ack.json")
        assert result["newly_acknowledged"] == [1, 2]
        assert result["not_yet_received"] == []
        again = offices.import_ack(ledger, tmp_path / "ack.json")
        assert again["newly_acknowledged"] == []
        # after the acknowledgement: a refund of an old donation and an override of another
        claire = next(d for d in list_donations(ledger) if d.donor_name == "Claire Martin")
        compliance.record_refund(ledger, claire.id, amount="500", date="2025-07-01", today=TODAY)
        compliance.set_override(
            ledger,
            next(d.id for d in list_donations(ledger) if d.donor_name == "Jean Dupont"),
            exclude_from_aggregate=False,
            force_report=True,
            reason="large cash gift, report it",
            today=TODAY,
        )
    _add(lyon, "2025-08-01", "Zoé Petit", "20")
    third = _export(lyon, tmp_path / "lyon-3.zip")
    # the new donation and refund, the donation refunded (named by the refund), the
    # overridden donation; their donors
    assert third.counts == {"donors": 3, "donations": 4, "checks": 0, "flag_resolutions": 0}
    assert third.after["donation"] == scene["exports"]["A2"].through["donation"]
    report = _import(hq, Path(third.path))
    assert report.added["donations"] == 1
    assert report.added["refunds"] == 1
    assert report.added["overrides_updated"] == 1
    state = _state(hq)
    assert state["donors"]["claire martin"] == (400000 - 50000, 2)
    assert state["donors"]["zoe petit"] == (2000, 1)


def test_an_acknowledgement_from_another_headquarters_is_refused(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    other = LedgerLocation.for_path(tmp_path / "other-hq.db")
    _hq(other)
    with Ledger.open(other) as ledger:
        offices.write_ack(ledger, out=tmp_path / "other-ack.json")
    with (
        Ledger.open(scene["lyon"]) as ledger,
        pytest.raises(UserError, match="not from this office's headquarters"),
    ):
        offices.import_ack(ledger, tmp_path / "other-ack.json")


# ---------------------------------------------------------------- refused bundles
def _rewrite(source: Path, target: Path, change: Any) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _edit_amount(members: dict[str, bytes], *, fix_hash: bool, fix_sum: bool) -> None:
    lines = members[fmt.DONATIONS].splitlines()
    row = json.loads(lines[0])
    row["amount_minor"] += 100
    lines[0] = fmt.encode_line(row).rstrip(b"\n")
    members[fmt.DONATIONS] = b"\n".join(lines) + b"\n"
    manifest = json.loads(members[fmt.MANIFEST])
    if fix_hash:
        manifest["parts"][fmt.DONATIONS]["sha256"] = hashlib.sha256(
            members[fmt.DONATIONS]
        ).hexdigest()
    if fix_sum:
        manifest["sums_minor"]["EUR"] += 100
    members[fmt.MANIFEST] = fmt.encode_line(manifest)


def _tamper(kind: str, source: Path, tmp_path: Path) -> Path:
    target = tmp_path / f"{kind}.zip"
    if kind == "edited line":
        return _rewrite(source, target, lambda m: _edit_amount(m, fix_hash=False, fix_sum=False))
    if kind == "edited line and hash":
        return _rewrite(source, target, lambda m: _edit_amount(m, fix_hash=True, fix_sum=False))
    if kind == "truncated":
        data = source.read_bytes()
        target.write_bytes(data[: len(data) // 2])
        return target
    if kind == "flipped byte":
        raw = bytearray(source.read_bytes())
        with zipfile.ZipFile(source) as archive:
            info = archive.getinfo(fmt.DONATIONS)
        raw[info.header_offset + 30 + len(info.filename) + 5] ^= 0xFF  # inside its data
        target.write_bytes(bytes(raw))
        return target
    if kind == "missing part":
        return _rewrite(source, target, lambda m: m.pop(fmt.CHECKS))
    if kind == "extra file":
        return _rewrite(source, target, lambda m: m.__setitem__("run-me.sh", b"echo hi\n"))
    if kind == "line removed":

        def drop(members: dict[str, bytes]) -> None:
            members[fmt.DONORS] = b"\n".join(members[fmt.DONORS].splitlines()[1:]) + b"\n"
            manifest = json.loads(members[fmt.MANIFEST])
            manifest["parts"][fmt.DONORS]["sha256"] = hashlib.sha256(
                members[fmt.DONORS]
            ).hexdigest()
            members[fmt.MANIFEST] = fmt.encode_line(manifest)

        return _rewrite(source, target, drop)
    if kind == "not a zip":
        target.write_text("Date;Donor;Amount\n", encoding="utf-8")
        return target
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("edited line", "does not match its SHA-256"),
        (
            "edited line and hash",
            "the donations add up to 440100 EUR minor units where the manifest says 440000",
        ),
        ("truncated", "not a whole zip file"),
        ("flipped byte", "damaged|not a whole zip|SHA-256"),
        ("missing part", "the part checks.jsonl is missing"),
        ("extra file", "holds files a bundle does not have: run-me.sh"),
        ("line removed", "has 2 lines where the manifest counts 3"),
        ("not a zip", "not a whole zip file"),
    ],
)
def test_a_damaged_or_tampered_bundle_is_refused_and_nothing_is_written(
    scene: dict[str, Any], tmp_path: Path, kind: str, reason: str
) -> None:
    hq = scene["hq"]
    bad = _tamper(kind, scene["bundles"]["A1"], tmp_path)
    before = _fingerprint(hq)
    with pytest.raises(fmt.BundleError, match=reason) as caught:
        _import(hq, bad)
    assert "nothing was imported" in str(caught.value)
    assert _fingerprint(hq) == before
    # the sound bundle still imports
    assert _import(hq, scene["bundles"]["A1"]).committed


def test_a_bundle_for_another_headquarters_is_refused(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    other = LedgerLocation.for_path(tmp_path / "other-hq.db")
    _hq(other)
    before = _fingerprint(other)
    with pytest.raises(fmt.BundleError, match="addressed to headquarters ledger"):
        _import(other, scene["bundles"]["A1"])
    assert _fingerprint(other) == before
    with pytest.raises(UserError, match="this ledger is a field office"):
        _import(scene["marseille"], scene["bundles"]["A1"])


def test_an_encrypted_bundle_needs_its_passphrase_and_imports_as_the_plain_one(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    sealed = tmp_path / "lyon.bundle"
    with Ledger.open(scene["lyon"]) as ledger:
        offices.export_bundle(ledger, out=sealed, passphrase="correct horse")
    assert is_encrypted(sealed)
    assert b"donations" not in sealed.read_bytes()  # nothing readable inside
    hq = scene["hq"]
    before = _fingerprint(hq)
    with pytest.raises(UserError, match="is an encrypted bundle: give its passphrase"):
        _import(hq, sealed)
    with pytest.raises(WrongPassphraseError):
        _import(hq, sealed, passphrase="wrong horse")
    damaged = tmp_path / "damaged.bundle"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError):
        _import(hq, damaged, passphrase="correct horse")
    assert _fingerprint(hq) == before  # nothing written by any of these
    report = _import(hq, sealed, passphrase="correct horse")
    # not acknowledged: it carries all Lyon recorded, as the plain A2 bundle does
    added = report.added["donations"] + report.added["refunds"]
    assert added == scene["exports"]["A2"].counts["donations"] == 5
    again = _import(hq, scene["bundles"]["A2"])
    assert again.added.get("donations", 0) == 0


# ---------------------------------------------------------------- offices themselves
def test_an_office_ledger_gives_its_unit_to_donations_and_imports(
    tmp_path: Path,
) -> None:
    hq = LedgerLocation.for_path(tmp_path / "hq.db")
    hq_id = _hq(hq)
    office = LedgerLocation.for_path(tmp_path / "office.db")
    init_ledger(office, name="Office", jurisdiction="fr", currency="EUR")
    result = offices.init_office(office, hq_ledger_id=hq_id, unit="Rally stall")
    assert result["changed"]
    assert not offices.init_office(office, hq_ledger_id=hq_id, unit="Rally stall")["changed"]
    _add(office, "2025-04-01", "Lea Blanc", "20")
    _add(office, "2025-04-01", "Lea Blanc", "30", unit="Rally stall")
    csv = tmp_path / "gifts.csv"
    csv.write_text("Date,Name,Amount\n2025-04-02,Marc Noir,15\n", encoding="utf-8")
    with Ledger.open(office) as ledger:
        importing.import_file(ledger, csv, today=TODAY)
        units = {d.donor_name: d.unit for d in list_donations(ledger)}
    assert units == {"Lea Blanc": "Rally stall", "Marc Noir": "Rally stall"}
    with pytest.raises(UserError, match="cannot be a field office of itself"):
        offices.init_office(hq, hq_ledger_id=hq_id, unit="X")
    with pytest.raises(UserError, match="is not a ledger id"):
        offices.init_office(office, hq_ledger_id="12345", unit="X")
    with Ledger.open(hq) as ledger, pytest.raises(UserError, match="not a field office"):
        offices.export_bundle(ledger, out=tmp_path / "hq.zip")


def test_an_undone_import_at_the_office_sends_everything_again(
    tmp_path: Path,
) -> None:
    hq = LedgerLocation.for_path(tmp_path / "hq.db")
    _hq(hq)
    with Ledger.open(hq) as ledger:
        office = _office(tmp_path, ledger, "Nord")
    csv = tmp_path / "gifts.csv"
    csv.write_text(
        "Date,Name,Amount\n2025-04-02,Marc Noir,15\n2025-04-03,Lise Gris,25\n", encoding="utf-8"
    )
    with Ledger.open(office) as ledger:
        batch = importing.import_file(ledger, csv, today=TODAY).batch_id
    first = _export(office, tmp_path / "n1.zip")
    assert first.counts["donations"] == 2
    _import(hq, Path(first.path))
    with Ledger.open(hq) as ledger:
        offices.write_ack(ledger, out=tmp_path / "ack.json")
    with Ledger.open(office) as ledger:
        offices.import_ack(ledger, tmp_path / "ack.json")
        assert batch is not None
        importing.undo_import(ledger, batch, today=TODAY)
    _add(office, "2025-05-01", "Marc Noir", "40")
    second = _export(office, tmp_path / "n2.zip")
    assert second.full
    assert second.counts["donations"] == 1
    report = _import(hq, Path(second.path))
    assert report.added["donations"] == 1
    assert _state(hq)["donors"]["marc noir"] == (5500, 2)


def test_the_office_merges_and_checks_travel(tmp_path: Path) -> None:
    hq = LedgerLocation.for_path(tmp_path / "hq.db")
    _hq(hq)
    with Ledger.open(hq) as ledger:
        office = _office(tmp_path, ledger, "Est")
    a = _add(office, "2025-02-01", "Sam Vert", "100", postcode="67000")
    _add(office, "2025-02-02", "Samuel Vert", "200", postcode="67000")
    first = _export(office, tmp_path / "e1.zip")
    _import(hq, Path(first.path))
    with Ledger.open(office) as ledger:
        ids = {d.donor_name: d.donor_id for d in list_donations(ledger)}
        compliance.merge_donors(ledger, ids["Sam Vert"], ids["Samuel Vert"], today=TODAY)
        compliance.record_check(
            ledger,
            ids["Sam Vert"],
            date="2025-02-03",
            permissible=True,
            method="electoral-register",
            donation_id=a,
            today=TODAY,
        )
    second = _export(office, tmp_path / "e2.zip")
    report = _import(hq, Path(second.path))
    assert report.added["donor_merges"] == 1
    assert report.added["checks"] == 1
    state = _state(hq)
    assert state["donors"] == {"sam vert": (30000, 2)}  # one live donor
    assert state["donor_rows"] == 2  # and Samuel Vert, kept merged into him
