"""The ``treasurer`` command: the same services as the GUI, without a window.

Global options come before the command (``treasurer --ledger PATH add …``). With
``--json`` a command prints one JSON document on stdout. Errors are one line on
stderr and a non-zero exit: 2 for something the user can fix, 3 when the ledger
cannot be read or written, 70 for a bug.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from treasurer import __version__, cli_trust
from treasurer.cli_trust import location_of as _location
from treasurer.cli_trust import open_ledger as _open
from treasurer.cli_trust import say as _say
from treasurer.core.dates import parse_date
from treasurer.core.errors import TreasurerError, UserError
from treasurer.core.model import DonorKind, EntryType, PaymentMethod
from treasurer.db.errors import NoLedgerError, StorageError
from treasurer.services import (
    compliance,
    demo,
    donors,
    importing,
    migration,
    office_import,
    offices,
    receipts,
    reports,
)
from treasurer.services import ledger as svc

EXIT_USER = 2
EXIT_STORAGE = 3
EXIT_BUG = 70

Handler = Callable[[argparse.Namespace], Any]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Whether a language was asked for (--lang or $TREASURER_LANG): a report otherwise
    # takes its own (Arabic for Morocco's annual statement).
    args.lang_given = args.lang is not None
    args.lang = args.lang or "en"
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USER
    try:
        result = args.handler(args)
    except StorageError as exc:
        return _fail(str(exc), EXIT_STORAGE)
    except TreasurerError as exc:
        return _fail(str(exc), getattr(exc, "exit_code", EXIT_USER))
    except BrokenPipeError:  # the reader (head, less) went away: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        return 0
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was saved", 130)
    except Exception as exc:
        if args.debug or os.environ.get("TREASURER_DEBUG"):
            traceback.print_exc()
        return _fail(
            f"internal error ({type(exc).__name__}: {exc}); this is a bug in Treasurer", EXIT_BUG
        )
    if args.json:
        try:
            json.dump(result, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
            sys.stdout.flush()
        except BrokenPipeError:  # the reader (head, less) went away: not an error
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value


def _fail(message: str, code: int) -> int:
    print(f"treasurer: error: {message}", file=sys.stderr)
    return code


class _Parser(argparse.ArgumentParser):
    """argparse with its errors on one line, like every other error of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"treasurer: error: {message} (see 'treasurer --help')\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON"
    )
    parser = _Parser(
        prog="treasurer",
        description="Donation ledger, contribution-law checks and filings for political parties.",
    )
    parser.add_argument("--version", action="version", version=f"treasurer {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--ledger",
        metavar="PATH",
        help="the ledger file (default: $TREASURER_LEDGER, else the user data folder)",
    )
    where.add_argument(
        "--db",
        metavar="URL",
        help="a database URL instead of a file, e.g. postgresql+psycopg://user@host/db",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--debug", action="store_true", help="print tracebacks of internal errors")
    parser.add_argument(
        "--lang",
        choices=["en", "fr", "ar"],
        default=os.environ.get("TREASURER_LANG")
        if os.environ.get("TREASURER_LANG") in {"en", "fr", "ar"}
        else None,
        help="language of flag explanations and reports (default: $TREASURER_LANG, else en; "
        "a filing's own language for reports)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", parents=[common], help="create a ledger")
    p.add_argument("--name", required=True, help="the organisation's name")
    p.add_argument(
        "--jurisdiction",
        required=True,
        help="the rule profile: ma, fr, uk, us-fec, ca, custom, or one copied with 'profile copy'",
    )
    p.add_argument("--currency", required=True, help="ISO-4217 code, e.g. EUR, MAD, GBP")
    p.add_argument("--fiscal-year-start", default="01-01", metavar="MM-DD")
    p.add_argument("--variant", help="the profile's variant, e.g. uk: accounting_unit")
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help="how to read dates like 03/04/2025 (default: the jurisdiction's)",
    )
    p.set_defaults(handler=_init)

    p = sub.add_parser("add", parents=[common], help="record a donation")
    p.add_argument("--date", required=True, help="YYYY-MM-DD, or the ledger's day/month order")
    p.add_argument("--donor", required=True, help="the donor's name as written")
    p.add_argument("--amount", required=True, help="e.g. 150, 1 234,50, 1,234.50, ١٢٣٫٥٠")
    p.add_argument(
        "--kind",
        choices=[k.value for k in DonorKind],
        help="the donor's kind (default: individual, or the matched donor's)",
    )
    p.add_argument("--method", choices=[m.value for m in PaymentMethod], help="default: transfer")
    for name in (
        "address",
        "postcode",
        "city",
        "country",
        "email",
        "employer",
        "occupation",
        "reference",
        "unit",
        "notes",
    ):
        p.add_argument(f"--{name}")
    p.add_argument("--donor-id", type=int, help="record for this donor, whatever the name")
    cli_trust.amend_options(p)
    p.set_defaults(handler=_add)

    p = sub.add_parser("info", parents=[common], help="the ledger's id, settings and counts")
    p.set_defaults(handler=_info)

    p = sub.add_parser("donors", parents=[common], help="donors with their totals")
    p.add_argument(
        "--consented",
        action="store_true",
        help="only donors who agreed to mailings, written to --out FILE.csv",
    )
    p.add_argument("--out", type=Path, help="with --consented: the CSV file to write")
    p.set_defaults(handler=_donors)

    p = sub.add_parser("donations", parents=[common], help="list donations")
    p.add_argument("--donor", type=int, metavar="ID", help="only this donor's")
    p.add_argument("--limit", type=_positive, help="at most this many (the latest first)")
    p.set_defaults(handler=_donations)

    p = sub.add_parser("units", parents=[common], help="list accounting units")
    p.set_defaults(handler=_units)
    unit = sub.add_parser("unit", help="manage accounting units").add_subparsers(metavar="ACTION")
    p = unit.add_parser("add", parents=[common], help="add an accounting unit (branch, office)")
    p.add_argument("name")
    p.set_defaults(handler=_unit_add)

    _compliance_commands(sub, common)
    _import_commands(sub, common)
    _report_commands(sub, common)
    _admin_commands(sub, common)
    _more_commands(sub, common)
    return parser


def _import_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import donations from a file")
    p.add_argument("file", type=Path)
    p.add_argument("--preset", help="the export's preset (default: recognised from the header)")
    p.add_argument("--mapping", type=Path, help="a TOML mapping of columns to fields")
    p.add_argument("--encoding", help="the file's text encoding (default: detected)")
    p.add_argument("--sheet", help="the spreadsheet's sheet (default: the first one not hidden)")
    p.add_argument("--delimiter", help="the CSV delimiter (default: detected)")
    p.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; write nothing"
    )
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows; list the bad ones in a rejects CSV",
    )
    p.set_defaults(handler=_import)
    p = sub.add_parser("import-undo", parents=[common], help="remove what one import added")
    p.add_argument("batch_id", type=int)
    p.set_defaults(handler=_import_undo)
    p = sub.add_parser("imports", parents=[common], help="list import batches")
    p.set_defaults(handler=_imports)
    p = sub.add_parser("presets", parents=[common], help="list the import presets")
    p.set_defaults(handler=_presets)


def _report_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("reports", parents=[common], help="list the reports")
    p.set_defaults(handler=_reports)
    p = sub.add_parser("report", parents=[common], help="write a report as PDF or XLSX")
    p.add_argument("kind", help="a report id from 'treasurer reports'")
    p.add_argument(
        "--period", required=True, help="2025, 2025-Q3, 2025-03 or 2025-01-01..2025-06-30"
    )
    p.add_argument("--unit", help="only this accounting unit")
    p.add_argument(
        "--threshold", help="large-donations: the amount above which (default: the profile's)"
    )
    p.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    p.add_argument(
        "--lang",
        choices=["en", "fr", "ar"],
        default=argparse.SUPPRESS,
        help="the report's language (default: the filing's own, else en)",
    )
    p.set_defaults(handler=_report)

    p = sub.add_parser(
        "receipts", parents=[common], help="France: number and write the period's reçus-dons"
    )
    p.add_argument("--period", required=True, help="2025, 2025-Q3, 2025-03 or START..END")
    p.add_argument(
        "--out", type=Path, required=True, help="FILE.pdf (a page each) or a FOLDER (a PDF each)"
    )
    p.set_defaults(handler=_receipts)
    p = sub.add_parser(
        "receipt-ranges", parents=[common], help="France: the ranges of CNCCFP receipt forms"
    )
    p.set_defaults(handler=_receipt_ranges)
    ranges = sub.add_parser(
        "receipt-range", help="France: record a range of CNCCFP receipt forms"
    ).add_subparsers(metavar="ACTION")
    p = ranges.add_parser(
        "add", parents=[common], help="record the forms received, first and last number"
    )
    p.add_argument("first", type=_positive)
    p.add_argument("last", type=_positive)
    p.add_argument("--note", help="e.g. the CNCCFP's letter or the date received")
    p.set_defaults(handler=_receipt_range_add)
    receipt = sub.add_parser("receipt", help="France: act on a receipt").add_subparsers(
        metavar="ACTION"
    )
    p = receipt.add_parser(
        "void", parents=[common], help="void a receipt number (kept in the sequence)"
    )
    p.add_argument("number", type=_positive)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=_receipt_void)
    p = receipt.add_parser(
        "issuer", parents=[common], help="the mandataire printed on receipts (name, address)"
    )
    p.add_argument("text")
    p.set_defaults(handler=_receipt_issuer)


def _admin_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="fill the ledger with seeded demo data")
    p.add_argument("--donations", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--end-date", help="the last day of the demo year (default: today)")
    p.add_argument(
        "--create",
        action="store_true",
        help="create the ledger first if there is none (a Moroccan demo party)",
    )
    p.set_defaults(handler=_demo)

    p = sub.add_parser("settings", parents=[common], help="change the ledger's settings")
    p.add_argument("--name")
    p.add_argument("--variant", help="the profile's variant ('' for its default)")
    p.add_argument(
        "--elections", nargs="*", metavar="DATE", help="election days, for per-election limits"
    )
    p.add_argument("--user-name", help="the name the audit log records for your changes")
    cli_trust.settings_options(p)
    p.set_defaults(handler=_settings)

    db = sub.add_parser("db", help="the ledger's schema").add_subparsers(metavar="ACTION")
    p = db.add_parser("upgrade", parents=[common], help="create or upgrade the schema")
    p.set_defaults(handler=_db_upgrade)


def _profile_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("profiles", parents=[common], help="list the jurisdiction rule profiles")
    p.set_defaults(handler=_profiles)
    profile = sub.add_parser("profile", help="one rule profile").add_subparsers(metavar="ACTION")
    p = profile.add_parser(
        "show", parents=[common], help="the rules of a profile in force on a date"
    )
    p.add_argument("id")
    p.add_argument("--date", help="default: today")
    p.add_argument("--variant", help="a variant of the profile (default: its default)")
    p.set_defaults(handler=_profile_show)
    p = profile.add_parser("copy", parents=[common], help="copy a profile to edit it")
    p.add_argument("source")
    p.add_argument("new_id")
    p.set_defaults(handler=_profile_copy)


def _compliance_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    _profile_commands(sub, common)
    p = sub.add_parser("check", parents=[common], help="re-evaluate every rule over the ledger")
    p.set_defaults(handler=_check)
    p = sub.add_parser("flags", parents=[common], help="list flags (default: open ones)")
    p.add_argument("--status", choices=list(compliance.FLAG_STATUSES), default="open")
    p.set_defaults(handler=_flags)
    flag = sub.add_parser("flag", help="act on a flag").add_subparsers(metavar="ACTION")
    p = flag.add_parser("dismiss", parents=[common], help="dismiss a flag, with a reason")
    p.add_argument("flag_id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=_flag_dismiss)

    for name, what in (
        ("refund", "a refund"),
        ("return", "a return (e.g. of an impermissible gift)"),
    ):
        p = sub.add_parser(name, parents=[common], help=f"record {what} of a donation")
        p.add_argument("donation_id", type=int)
        p.add_argument("--amount", required=True)
        p.add_argument("--date", required=True)
        p.add_argument("--reason")
        cli_trust.amend_options(p, reason=False)
        p.set_defaults(handler=_refund, entry_type=name)

    p = sub.add_parser(
        "reattribute",
        parents=[common],
        help="move part of a donation to another contributor (where the profile allows it)",
    )
    p.add_argument("donation_id", type=int)
    p.add_argument("--to-donor", type=int, required=True, help="the contributor's donor id")
    p.add_argument("--amount", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--reason")
    cli_trust.amend_options(p, reason=False)
    p.set_defaults(handler=_reattribute)

    p = sub.add_parser(
        "permissibility",
        parents=[common],
        help="record a check that a donor may give (register, Companies House)",
    )
    p.add_argument("donor_id", type=int)
    p.add_argument("--date", required=True)
    p.add_argument("--method", required=True, help="e.g. electoral-register, companies-house")
    p.add_argument("--result", choices=["permissible", "impermissible"], default="permissible")
    p.add_argument("--evidence", help="what was seen, a reference, a file name")
    p.add_argument("--donation", type=int, help="the donation checked (default: all so far)")
    p.set_defaults(handler=_permissibility)

    p = sub.add_parser(
        "override",
        parents=[common],
        help="exclude a donation from aggregates or force it into reports",
    )
    p.add_argument("donation_id", type=int)
    p.add_argument("--exclude-from-aggregate", action="store_true")
    p.add_argument("--force-report", action="store_true")
    p.add_argument("--clear", action="store_true", help="remove the donation's overrides")
    p.add_argument("--reason", required=True)
    cli_trust.amend_options(p, reason=False)
    p.set_defaults(handler=_override)

    p = sub.add_parser(
        "declare",
        parents=[common],
        help="record a donor's declared gifts to other parties in a year",
    )
    p.add_argument("donor_id", type=int)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--note")
    p.set_defaults(handler=_declare)

    _donor_commands(sub, common)


def _donor_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    donor = sub.add_parser("donor", help="act on donors").add_subparsers(metavar="ACTION")
    p = donor.add_parser("merge", parents=[common], help="merge a donor into another (one person)")
    p.add_argument("keep_id", type=int)
    p.add_argument("other_id", type=int)
    cli_trust.amend_options(p, reason=False)
    p.set_defaults(handler=_merge)
    p = donor.add_parser(
        "edit",
        parents=[common],
        help="correct or complete a donor's details ('' clears one)",
        description="Correct or complete a donor's details: give only those to change; an "
        "empty value ('') clears one. The rules run again over the donor.",
    )
    p.add_argument("donor_id", type=int)
    p.add_argument("--name")
    p.add_argument("--kind", help="individual, company, union, association, party, ...")
    for name in ("address", "postcode", "city", "country", "email", "employer", "occupation"):
        p.add_argument(f"--{name}")
    p.set_defaults(handler=_donor_edit)
    p = donor.add_parser(
        "company-number",
        parents=[common],
        help="record a company donor's registration number (UK: Companies House)",
    )
    p.add_argument("donor_id", type=int)
    p.add_argument("number", help="the number ('' to clear it)")
    p.set_defaults(handler=_company_number)
    cli_trust.donor_commands(donor, common)


# ---------------------------------------------------------------- handlers
def _init(args: argparse.Namespace) -> dict[str, Any]:
    info = svc.init_ledger(
        _location(args),
        name=args.name,
        jurisdiction=args.jurisdiction,
        currency=args.currency,
        fiscal_year_start=args.fiscal_year_start,
        date_order=args.date_order,
        variant=args.variant,
    )
    _say(
        args,
        f"Created the ledger of {info.name} ({info.jurisdiction}, {info.currency}) "
        f"at {info.location}\nLedger id: {info.ledger_id}",
    )
    return info.to_json()


def _add(args: argparse.Namespace) -> dict[str, Any]:
    request = svc.DonationRequest(
        date=args.date,
        donor=args.donor,
        amount=args.amount,
        kind=args.kind,
        method=args.method,
        address=args.address,
        postcode=args.postcode,
        city=args.city,
        country=args.country,
        email=args.email,
        employer=args.employer,
        occupation=args.occupation,
        reference=args.reference,
        unit=args.unit,
        notes=args.notes,
        donor_id=args.donor_id,
    )
    with _open(args) as ledger:
        result = svc.add_donation(ledger, request, amend=args.amend, reason=args.reason)
    donor = "new donor" if result.donor_created else "donor"
    if not args.json:
        for flag in result.flags:
            print(f"FLAG {flag['severity'].upper()} {flag['kind']}: {flag['message']}")
        for warning in result.warnings:
            print(f"WARNING: {warning}")
    _say(
        args,
        f"Recorded donation {result.donation_id}: {result.amount} from {donor} "
        f"{result.donor_id} {result.donor_name} (total {result.donor_total})",
    )
    return result.to_json()


def _info(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        info = svc.ledger_info(ledger)
    if not args.json:
        print(
            f"{info.name}\n  ledger id      {info.ledger_id}\n  jurisdiction  {info.jurisdiction}"
            f"\n  currency      {info.currency}\n  fiscal year   starts {info.fiscal_year_start}"
            f"\n  dates         {info.date_order}\n  schema        {info.schema_version}"
            f"\n  location      {info.location}"
        )
        for name, count in info.counts.items():
            print(f"  {name.replace('_', ' '):<15}{count}")
        for currency, total in info.totals.items():
            print(f"  total         {total} {currency}")
    return info.to_json()


def _donors(args: argparse.Namespace) -> Any:
    if args.consented or args.out:
        return cli_trust.mailing_list(args)
    with _open(args) as ledger:
        donors = svc.list_donors(ledger)
    rows = [
        {
            "donor_id": d.id,
            "name": d.name,
            "kind": d.kind.value,
            "total": d.total.amount,
            "currency": d.total.currency,
            "count": d.count,
        }
        for d in donors
    ]
    if not args.json:
        _table(
            ["id", "donor", "kind", "count", "total"],
            [
                [r["donor_id"], r["name"], r["kind"], r["count"], f"{r['total']} {r['currency']}"]
                for r in rows
            ],
            right={0, 3, 4},
        )
    return rows


def _donations(args: argparse.Namespace) -> list[dict[str, Any]]:
    with _open(args) as ledger:
        donations = svc.list_donations(
            ledger, donor_id=args.donor, descending=args.limit is not None, limit=args.limit
        )
    rows = [
        {
            "donation_id": d.id,
            "uuid": d.uuid,
            "date": d.received_on.isoformat(),
            "donor_id": d.donor_id,
            "donor": d.donor_name,
            "amount": d.amount.amount,
            "currency": d.amount.currency,
            "method": d.method.value,
            "type": d.entry_type.value,
            "reference": d.reference,
            "unit": d.unit,
            "notes": d.notes,
        }
        for d in donations
    ]
    if not args.json:
        _table(
            ["id", "date", "donor", "amount", "method", "reference", "unit"],
            [
                [
                    r["donation_id"],
                    r["date"],
                    r["donor"],
                    f"{r['amount']} {r['currency']}",
                    r["method"],
                    r["reference"] or "",
                    r["unit"] or "",
                ]
                for r in rows
            ],
            right={0, 3},
        )
    return rows


def _demo(args: argparse.Namespace) -> dict[str, Any]:
    if args.donations < 0 or args.donations > 10_000_000:
        raise UserError("--donations must be between 0 and 10,000,000")
    end = parse_date(args.end_date) if args.end_date else None
    if end and end > dt.date.today():
        raise UserError("--end-date must not be in the future")
    location = _location(args)
    if args.create and location.path is not None and not location.path.exists():
        svc.init_ledger(location, name="Demo party", jurisdiction="ma", currency="MAD")
    with _open(args) as ledger:
        result = demo.generate_demo(ledger, donations=args.donations, seed=args.seed, end=end)
        checked = compliance.check_ledger(ledger) if compliance.ledger_rules_apply(ledger) else None
    flags = f"; {checked.open_flags} open flags" if checked else ""
    _say(args, f"Added {result.donations} demo donations from {result.donors} donors{flags}.")
    return asdict(result)


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        changed = svc.update_settings(
            ledger,
            name=args.name,
            variant=args.variant,
            elections=args.elections,
            user_name=args.user_name,
            backup_dir=args.backup_dir,
            backup_keep=args.backup_keep,
            retention_years=args.retention_years,
        )
    _say(args, "Changed: " + ", ".join(f"{k} = {v}" for k, v in changed.items()))
    return changed


def _profiles(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = compliance.list_profiles()
    if not args.json:
        _table(
            ["id", "currency", "rules", "uncertain", "origin", "name"],
            [
                [
                    r["id"],
                    r.get("currency", ""),
                    r.get("rules", ""),
                    r.get("uncertain_rules", ""),
                    r.get("origin", ""),
                    r["name"].get(args.lang) or r["name"]["en"] if "name" in r else r["error"],
                ]
                for r in rows
            ],
            right={2, 3},
        )
    return rows


def _profile_show(args: argparse.Namespace) -> dict[str, Any]:
    profile = compliance.get_profile(args.id)
    day = parse_date(args.date) if args.date else dt.date.today()
    if args.variant and args.variant not in {v.id for v in profile.variants}:
        raise UserError(
            "profile {profile} has no variant {variant!r}", profile=profile.id, variant=args.variant
        )
    rules = compliance.rules_in_force(profile, day, args.variant, args.lang)
    if not args.json:
        print(
            f"{profile.name.get(args.lang)} ({profile.id}, version {profile.version}), "
            f"rules in force on {day.isoformat()}:"
        )
        for r in rules:
            amount = f" {r['amount']} {r['currency']}" if r["amount"] else ""
            print(f"- {r['rule_id']} [{r['kind']}]{amount}: {r['title']}")
            print(f"    status: {r['status']}; source: {r['source']}")
            if r["status"] == "uncertain":
                print("    UNCERTAIN: check this figure against the source before relying on it.")
    return {"id": profile.id, "date": day.isoformat(), "variant": args.variant, "rules": rules}


def _profile_copy(args: argparse.Namespace) -> dict[str, Any]:
    path = compliance.copy_profile(args.source, args.new_id)
    _say(args, f"Copied {args.source} to {path}; edit it, then use --jurisdiction {args.new_id}.")
    return {"id": args.new_id, "path": str(path)}


def _check(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = compliance.check_ledger(ledger)
    _say(
        args,
        f"Checked {result.donations} entries of {result.donors} donors: "
        f"{result.raised} flags raised, {result.updated} updated, {result.resolved} resolved, "
        f"{result.reopened} reopened; {result.open_flags} open.",
    )
    return result.to_json()


def _flags(args: argparse.Namespace) -> list[dict[str, Any]]:
    with _open(args) as ledger:
        rows = compliance.list_flags(ledger, status=args.status, language=args.lang)
    if not args.json:
        for r in rows:
            deadline = f" due {r['deadline']}" if r["deadline"] else ""
            print(f"#{r['id']} {r['severity'].upper()} {r['kind']} [{r['status']}]{deadline}")
            print(f"    {r['message']}")
        if not rows:
            print(f"No {args.status} flags." if args.status != "all" else "No flags.")
    return rows


def _flag_dismiss(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        flag = compliance.dismiss_flag(ledger, args.flag_id, reason=args.reason, language=args.lang)
    _say(args, f"Dismissed flag {flag['id']}.")
    return flag


def _refund(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = compliance.record_refund(
            ledger,
            args.donation_id,
            amount=args.amount,
            date=args.date,
            entry_type=EntryType(args.entry_type),
            reason=args.reason,
            amend=args.amend,
        )
    _say(
        args,
        f"Recorded {args.entry_type} {result['id']} of {result['amount']} {result['currency']} "
        f"against donation {args.donation_id}; "
        f"flags resolved: {result['flags_resolved'] or 'none'}.",
    )
    return result


def _reattribute(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = compliance.record_reattribution(
            ledger,
            args.donation_id,
            to_donor_id=args.to_donor,
            amount=args.amount,
            date=args.date,
            reason=args.reason,
            amend=args.amend,
        )
    _say(
        args,
        f"Reattributed {result['amount']} {result['currency']} of donation "
        f"{args.donation_id} to donor {args.to_donor}; flags resolved: "
        f"{result['flags_resolved'] or 'none'}.",
    )
    return result


def _permissibility(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = compliance.record_check(
            ledger,
            args.donor_id,
            date=args.date,
            permissible=args.result == "permissible",
            method=args.method,
            evidence=args.evidence,
            donation_id=args.donation,
        )
    _say(
        args,
        f"Recorded the check of donor {args.donor_id}; flags resolved: "
        f"{result['flags_resolved'] or 'none'}.",
    )
    return result


def _override(args: argparse.Namespace) -> dict[str, Any]:
    if args.clear == (args.exclude_from_aggregate or args.force_report):
        raise UserError(
            "say what to override: --exclude-from-aggregate and/or --force-report, or --clear"
        )
    with _open(args) as ledger:
        result = compliance.set_override(
            ledger,
            args.donation_id,
            exclude_from_aggregate=args.exclude_from_aggregate,
            force_report=args.force_report,
            reason=args.reason,
            amend=args.amend,
        )
    _say(args, f"Recorded the override of donation {args.donation_id}.")
    return result


def _merge(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = compliance.merge_donors(ledger, args.keep_id, args.other_id, amend=args.amend)
    _say(
        args,
        f"Merged donor {args.other_id} into {args.keep_id} "
        f"({result['donations_moved']} donations moved).",
    )
    return result


def _declare(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = compliance.declare_other_gifts(
            ledger, args.donor_id, year=args.year, amount=args.amount, note=args.note
        )
    _say(args, f"Recorded donor {args.donor_id}'s gifts to other parties in {args.year}.")
    return result


def _import(args: argparse.Namespace) -> dict[str, Any]:
    try:
        with _open(args) as ledger:
            report = importing.import_file(
                ledger,
                args.file,
                preset=args.preset,
                mapping=args.mapping,
                encoding=args.encoding,
                sheet=args.sheet,
                delimiter=args.delimiter,
                dry_run=args.dry_run,
                skip_bad_rows=args.skip_bad_rows,
            )
    except importing.BadRowsError as exc:
        _show_import(args, exc.report)
        raise
    except TreasurerError as exc:
        if args.json:  # a script reads the report on stdout whatever happened
            _json_out({**_nothing_imported(args), "error": str(exc)})
        raise
    if report.dry_run and report.errors and not args.skip_bad_rows:
        # the import itself would stop: so does its dry run (exit 2), for a script to see
        _show_import(args, report)
        raise importing.BadRowsError(report)
    if report.errors and not (report.new or report.refunds or report.duplicates):
        # --skip-bad-rows, and every row was bad: a script must not take it for done
        _show_import(args, report)
        name = str(args.file)
        if report.rejects is None:  # a dry run
            raise UserError("every row of {file} is bad: nothing would be imported", file=name)
        raise UserError(
            "every row of {file} is bad: nothing was imported (the bad rows are in {rejects})",
            file=name,
            rejects=report.rejects,
        )
    if not args.json:
        _print_import(report)
    return report.to_json()


def _show_import(args: argparse.Namespace, report: importing.ImportReport) -> None:
    """The report of an import that ends in an error: JSON on stdout, or the summary."""
    if args.json:
        _json_out(report.to_json())
    else:
        _print_import(report)


def _nothing_imported(args: argparse.Namespace) -> dict[str, Any]:
    """The JSON report of an import that stopped before reading its rows (a file that is
    not one Treasurer reads, a mapping that does not fit it): nothing counted, nothing
    written; the reason is on stderr, and in its ``error``."""
    return {
        "batch_id": None,
        "file": str(args.file),
        "new": 0,
        "duplicates": 0,
        "refunds": 0,
        "errors": [],
        "flags": 0,
        "committed": False,
        "dry_run": bool(args.dry_run),
    }


def _json_out(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


#: The flags an import's summary shows (the JSON has more; ``treasurer flags`` has all).
_FLAGS_SHOWN = 10


def _print_sent_back(report: importing.ImportReport) -> None:
    """A statement's debits that may send a gift back (``ImportReport.sent_back``)."""
    for sent in report.sent_back:
        ids = sent["donation_ids"]
        if report.dry_run and sent["in_file"]:
            which = "a gift of this file"
        elif len(ids) == 1:
            which = (
                f"donation {ids[0]} (treasurer return {ids[0]} --amount {sent['amount']} "
                f"--date {sent['date']})"
            )
        else:
            which = f"one of donations {', '.join(map(str, ids))} (treasurer return ID …)"
        print(
            f"  entry {sent['entry']} pays {sent['amount']} to {sent['name']} on {sent['date']}:"
            f" a gift sent back? The ledger counts it until its return is recorded: {which}"
        )


def _flag_line(flag: dict[str, Any], *, numbered: bool) -> str:
    number = f"#{flag['id']} " if numbered else ""
    return f"    {number}{flag['severity'].upper()} {flag['kind']}: {flag['message']}"


def _print_flags(report: importing.ImportReport) -> None:
    """The flags the import raises, the most urgent first."""
    shown = report.raised[:_FLAGS_SHOWN]
    if shown:
        print("  flags raised:" if report.committed else "  flags the import would raise:")
    for flag in shown:  # a dry run's flags have no number: nothing was written
        print(_flag_line(flag, numbered=report.committed))
    if report.flags > len(shown):
        where = "treasurer flags" if report.committed else "treasurer flags, once imported"
        print(f"    … and {report.flags - len(shown)} more ({where})")
    changed = report.updated[:_FLAGS_SHOWN]
    if changed:
        print(
            "  flags whose figures the import " + ("changed:" if report.committed else "changes:")
        )
    for flag in changed:
        print(_flag_line(flag, numbered=True))
    if len(report.updated) > len(changed):
        print(f"    … and {len(report.updated) - len(changed)} more (treasurer flags)")


def _print_import(report: importing.ImportReport) -> None:
    if report.committed:
        head = f"Imported {report.file} as batch {report.batch_id} ({report.preset})"
    elif report.dry_run:
        head = f"Dry run of {report.file} ({report.preset}): nothing was written"
    else:
        head = f"Nothing imported from {report.file} ({report.preset})"
    print(head)
    print(
        f"  rows {report.rows}, new {report.new}, refunds {report.refunds}, "
        f"duplicates {report.duplicates}, bad {len(report.errors)}, "
        f"new donors {report.donors_created}, fees {report.fees}, flags raised {report.flags}"
    )
    if report.donors_completed:
        print(
            "  known donors whose missing details (address, email...) the file "
            f"{'filled' if report.committed else 'fills'}: {report.donors_completed}"
        )
    if report.two_addresses:
        print(
            "  known donors without an address to whom the file gives two (neither recorded: "
            "see to them with 'treasurer donor edit'): "
            + ", ".join(f"{d['name']} ({d['donor_id']})" for d in report.two_addresses[:20])
            + (" …" if len(report.two_addresses) > 20 else "")
        )
    if report.maybe_companies:
        named = report.maybe_companies
        print(
            "  new donors recorded as persons whose names end as a company's may: "
            + ", ".join(
                f"{d['name']} ({d['donor_id']})" if report.committed else d["name"]
                for d in named[:20]
            )
            + (" …" if len(named) > 20 else "")
            + ": if one is a company, say so with 'treasurer donor edit ID --kind company'"
            " (its gifts then meet the rules on companies)"
        )
    _print_sent_back(report)
    if report.skipped:
        what = "entries that are not donations"
        if not report.statement:
            what = "rows the preset does not import"
        print(
            f"  {what}, left out: {len(report.skipped)} ("
            + ", ".join(f"{reason} {count}" for reason, count in report.left_out())
            + ")"
        )
    if report.dates_read:
        order, settled_by = report.dates_read
        print(
            f"  dates read {'month' if order == 'mdy' else 'day'} first, as {settled_by!r} "
            f"shows, not as this ledger reads them: check the file's other dates"
        )
    if report.thousands_read:
        mark, first = report.thousands_read
        print(
            f"  amounts such as {first!r} read with {mark!r} separating thousands, as no amount "
            f"shows the file's decimal mark: if {mark!r} marks decimals, import it with a "
            f'mapping that says decimal_separator = "{mark}"'
        )
    if report.other_sheets:
        print(
            f"  sheet {report.sheet!r} read; the workbook's other sheets (choose one with "
            f"--sheet): {', '.join(report.other_sheets)}"
        )
    if report.unread:
        print(
            "  columns not read (name them in a mapping to import them): "
            + ", ".join(report.unread)
        )
    row = "entry" if report.statement else "line"  # a statement's rows are its entries
    for issue in report.errors[:50]:
        print(f"  {row} {issue.line}, {issue.column} {issue.value!r}: {issue.reason}")
    if len(report.errors) > 50:
        print(f"  … and {len(report.errors) - 50} more bad rows")
    for match in report.fuzzy[:20]:
        print(
            f"  new donor {match['new_donor_id']} {match['name']!r} looks like donor "
            f"{match['known_donor_id']} "
            f"{match['known_name']!r} ({match['score']}%"
            f"{', the same email' if match.get('same_email') else ''}): merge them if they "
            "are one person"
        )
    if report.rejects:
        print(f"  bad rows written to {report.rejects}")
    _print_flags(report)


def _import_undo(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = importing.undo_import(ledger, args.batch_id)
    donations, donors = result["donations_removed"], result["donors_removed"]
    restored = result["donors_restored"]
    _say(
        args,
        f"Undid import batch {args.batch_id}: {_counted(donations, 'donation')} and "
        f"{_counted(donors, 'donor')} removed"
        + (
            f"; the details it had added to {_counted(restored, 'known donor')} taken back."
            if restored
            else "."
        ),
    )
    return result


def _counted(count: int, noun: str) -> str:
    """``1 donation``, ``2 donations`` (the CLI speaks English)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _imports(args: argparse.Namespace) -> list[dict[str, Any]]:
    with _open(args) as ledger:
        rows = importing.list_batches(ledger)
    if not args.json:
        # entries: donations and refunds written (a row marked refunded writes both)
        _table(
            ["batch", "file", "preset", "rows", "entries", "dupl.", "bad", "status"],
            [
                [
                    r["batch_id"],
                    r["file"],
                    r["preset"] or "",
                    r["rows"],
                    r["imported"],
                    r["duplicates"],
                    r["rejected"],
                    r["status"],
                ]
                for r in rows
            ],
            right={0, 3, 4, 5, 6},
        )
    return rows


def _presets(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = importing.list_presets()
    if not args.json:
        _table(
            ["id", "origin", "name"],
            [[r["id"], r["origin"], r.get("name") or r.get("error", "")] for r in rows],
            right=set(),
        )
    return rows


def _reports(args: argparse.Namespace) -> list[dict[str, str]]:
    try:
        ledger = _open(args)
    except NoLedgerError:  # no ledger yet: the reports every ledger has
        rows = reports.list_reports(args.lang)
    else:
        with ledger:
            rows = reports.list_reports(args.lang, ledger)
    if not args.json:
        _table(["id", "title"], [[r["id"], r["title"]] for r in rows], right=set())
    return rows


def _report(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = reports.produce_report(
            ledger,
            args.kind,
            period=args.period,
            out=args.out,
            language=args.lang if args.lang_given else None,
            unit=args.unit,
            threshold=args.threshold,
        )
    _say(args, f"Wrote {result.report} ({result.period}, {result.rows} rows) to {result.path}")
    return result.to_json()


def _receipts(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = receipts.issue_receipts(ledger, period=args.period, out=args.out)
    where = result.paths[0] if len(result.paths) == 1 else args.out
    _say(
        args,
        f"Wrote {len(result.numbers)} receipts of {result.period} to {where} "
        f"({result.newly_numbered} newly numbered)",
    )
    for message in result.messages():
        _say(args, str(message))
    return result.to_json()


def _receipt_ranges(args: argparse.Namespace) -> list[dict[str, Any]]:
    with _open(args) as ledger:
        rows = receipts.list_ranges(ledger)
    if not args.json:
        _table(
            ["first", "last", "forms", "issued", "void", "unused", "note"],
            [
                [r["first"], r["last"], r["size"], r["issued"], r["void"], r["unused"], r["note"]]
                for r in rows
            ],
            right={0, 1, 2, 3, 4, 5},
        )
    return rows


def _receipt_range_add(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        row = receipts.add_range(ledger, args.first, args.last, args.note)
    _say(args, f"Recorded receipt forms {row['first']} to {row['last']} ({row['size']} forms)")
    return row


def _receipt_void(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = receipts.void_receipt(ledger, args.number, reason=args.reason)
    _say(args, f"Receipt {args.number} is void ({result['reason']})")
    return result


def _receipt_issuer(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = receipts.set_issuer(ledger, args.text)
    _say(args, f"Receipts will name the mandataire: {result['issuer']}")
    return result


def _donor_edit(args: argparse.Namespace) -> dict[str, Any]:
    changes = {
        name: value for name in donors.EDITABLE if (value := getattr(args, name)) is not None
    }
    if not changes:
        raise UserError("give the details to change (--name, --address, --country...)")
    with _open(args) as ledger:
        result = donors.edit_donor(ledger, args.donor_id, changes)
    changed = ", ".join(result["changed"]) or "nothing (the details were as given)"
    flags = ""
    if result["flags_raised"] or result["flags_resolved"]:
        flags = f"; flags raised {result['flags_raised']}, resolved {result['flags_resolved']}"
    _say(args, f"Donor {args.donor_id} ({result['name']}): changed {changed}{flags}")
    return result


def _company_number(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = donors.set_company_number(ledger, args.donor_id, args.number)
    _say(args, f"Donor {args.donor_id}: company number {result['company_number'] or 'cleared'}")
    return result


def _units(args: argparse.Namespace) -> list[dict[str, Any]]:
    with _open(args) as ledger:
        units = svc.list_units(ledger)
    rows = [{"unit_id": u.id, "uuid": u.uuid, "name": u.name} for u in units]
    if not args.json:
        _table(["id", "unit"], [[r["unit_id"], r["name"]] for r in rows], right={0})
    return rows


def _unit_add(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        unit = svc.add_unit(ledger, args.name)
    _say(args, f"Added accounting unit {unit.id}: {unit.name}")
    return {"unit_id": unit.id, "uuid": unit.uuid, "name": unit.name}


def _db_upgrade(args: argparse.Namespace) -> dict[str, Any]:
    location = _location(args)
    report = svc.upgrade_schema(location)
    if report is None:
        _say(args, f"The ledger schema at {location} is up to date.")
        return {"upgraded": False}
    _say(
        args,
        f"Upgraded the schema at {location} from {report.from_revision or 'nothing'} "
        f"to {report.to_revision}" + (f"; backup at {report.backup}" if report.backup else ""),
    )
    return {
        "upgraded": True,
        "from": report.from_revision,
        "to": report.to_revision,
        "backup": str(report.backup) if report.backup else None,
    }


# ---------------------------------------------------------------- offices
def _more_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """The command groups defined apart: trust (audit, periods, backups, privacy) and
    field offices."""
    cli_trust.commands(sub, common)
    _office_commands(sub, common)


def _office_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    office = sub.add_parser(
        "office", help="field offices: set up, export bundles, import them at headquarters"
    ).add_subparsers(metavar="ACTION")
    p = office.add_parser("init", parents=[common], help="make this ledger a field office")
    p.add_argument("--hq-ledger-id", metavar="ID", help="headquarters' ledger id ('info' there)")
    p.add_argument("--unit", help="the office's accounting unit (its donations carry it)")
    p.add_argument(
        "--setup", type=Path, metavar="FILE", help="a setup file from headquarters instead"
    )
    p.set_defaults(handler=_office_init)
    p = office.add_parser(
        "setup-file", parents=[common], help="at headquarters: write a new office's setup file"
    )
    p.add_argument("--unit", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_office_setup_file)
    p = office.add_parser(
        "export", parents=[common], help="write a bundle of all since the last acknowledged one"
    )
    p.add_argument("--out", type=Path, required=True)
    cli_trust.passphrase_options(p)  # encrypt the bundle
    p.set_defaults(handler=_office_export)
    p = office.add_parser("import", parents=[common], help="at headquarters: import a bundle")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would be added; write nothing")
    cli_trust.passphrase_options(p)  # an encrypted bundle's passphrase
    p.set_defaults(handler=_office_import)
    p = office.add_parser(
        "ack", parents=[common], help="at headquarters: write what each office's bundles gave"
    )
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_office_ack)
    p = office.add_parser(
        "ack-import", parents=[common], help="at an office: take in headquarters' acknowledgement"
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_office_ack_import)
    p = office.add_parser("status", parents=[common], help="the office's exports, or bundles in")
    p.set_defaults(handler=_office_status)

    p = sub.add_parser(
        "migrate-to", parents=[common], help="copy this ledger file into an empty PostgreSQL db"
    )
    p.add_argument("url", help="postgresql+psycopg://user@host/database")
    p.set_defaults(handler=_migrate_to)


def _office_init(args: argparse.Namespace) -> dict[str, Any]:
    result = offices.init_office(
        _location(args), hq_ledger_id=args.hq_ledger_id, unit=args.unit, setup=args.setup
    )
    office = result["office"]
    state = "is now" if result["changed"] else "was already"
    _say(
        args,
        f"This ledger {state} a field office of headquarters {office['hq_ledger_id']}; its "
        f"donations carry the unit {office['unit']}.",
    )
    return result


def _office_setup_file(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = offices.write_setup_file(ledger, unit=args.unit, out=args.out)
    _say(
        args,
        f"Wrote the setup of field office {result['unit']} to {result['path']}; at the office, "
        f"run 'treasurer office init --setup {args.out.name}'.",
    )
    return result


def _office_export(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = offices.export_bundle(
            ledger, out=args.out, passphrase=cli_trust.get_passphrase(args)
        )
    c = result.counts
    sums = ", ".join(f"{v} {k} minor units" for k, v in result.sums_minor.items()) or "nothing"
    _say(
        args,
        f"Wrote bundle {result.sequence} to {result.path} ({result.bytes:,} bytes): "
        f"{c['donations']} donations and refunds of {c['donors']} donors, {c['checks']} checks, "
        f"{c['flag_resolutions']} flag resolutions; sums {sums}; SHA-256 {result.sha256}.",
    )
    if result.resent:
        _say(args, f"It also carries bundles {result.resent} again: not acknowledged yet.")
    return result.to_json()


def _office_import(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        report = office_import.import_bundle(
            ledger, args.file, dry_run=args.dry_run, passphrase=cli_trust.get_passphrase(args)
        )
    if not args.json:
        _print_office_import(report)
    return report.to_json()


def _print_office_import(report: office_import.OfficeImportReport) -> None:
    head = f"Bundle {report.sequence} of field office {report.unit} ({report.office_name})"
    if report.already_imported is not None:
        print(f"{head} was already imported on {report.already_imported['at']}; nothing changed.")
        return
    a, h = report.added, report.already_here
    verb = "would add" if report.dry_run else "added"
    print(
        f"{head} {verb}: {a['donations']} donations, {a['refunds']} refunds and returns, "
        f"{a['donors']} new donors, {a['donors_matched']} donors matched to donors here, "
        f"{a['checks']} permissibility checks, {a['declarations']} declarations, "
        f"{a['units']} new units; {h['donations']} donations and {h['donors']} donors were "
        "already here."
    )
    for m in report.matched_donors:
        print(f"  matched: {m['office_donor']} -> donor {m['donor_id']} ({m['donor']})")
    for f in report.fuzzy:
        print(
            f"  similar, not merged: {f['name']} (donor {f['new_donor_id']}) and "
            f"{f['known_name']} (donor {f['known_donor_id']}); merge with 'treasurer donor merge'"
        )
    for d in report.ambiguous:
        print(f"  new donor, several here could be the same: {d['donor']} ({d['reason']})")
    for r in report.resolutions:
        print(f"  flag {r['rule_id']} dismissed at the office: {r['result']}")
    for f in report.flags_raised:
        units = ", ".join(f.get("units") or []) or "headquarters"
        print(f"  FLAG {f['kind']}: {f['message']} (contributions from: {units})")
    if report.dry_run:
        print("Dry run: nothing was written.")


def _office_ack(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = offices.write_ack(ledger, out=args.out)
    for o in result["offices"]:
        _say(args, f"{o['unit']}: bundles up to {o['last_sequence']} received")
    _say(args, f"Wrote the acknowledgement to {result['path']}.")
    return result


def _office_ack_import(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = offices.import_ack(ledger, args.file)
    last = result["last_acknowledged"]
    _say(
        args,
        f"Headquarters has received bundles up to {last}; the next export starts after it."
        if last
        else "Headquarters has received no bundle of this office yet.",
    )
    return result


def _office_status(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = offices.office_status(ledger)
    if not args.json:
        if result["office"]:
            o = result["office"]
            print(f"Field office {o['unit']} of headquarters {o['hq_ledger_id']}")
            _table(
                ["bundle", "donations", "at", "acknowledged"],
                [
                    [e["sequence"], e["counts"]["donations"], e["at"], e["acknowledged_at"] or "no"]
                    for e in result["exports"]
                ],
                right={0, 1},
            )
        else:
            _table(
                ["unit", "bundle", "at", "by"],
                [[b["unit"], b["sequence"], b["at"], b["actor"]] for b in result["bundles"]],
                right={1},
            )
    return result


def _migrate_to(args: argparse.Namespace) -> dict[str, Any]:
    with _open(args) as ledger:
        result = migration.migrate_to(ledger, args.url)
    rows = sum(t["rows"] for t in result["tables"])
    _say(
        args,
        f"Copied {rows:,} rows of {len(result['tables'])} tables into {result['to']}; counts "
        "and sums checked table by table. Use it with --db URL.",
    )
    return result


def _table(headers: list[str], rows: list[list[Any]], *, right: set[int]) -> None:
    cells = [headers, *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print(
            "  ".join(
                c.rjust(w) if i in right else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
