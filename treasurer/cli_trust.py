"""The trust commands of ``treasurer``: audit, periods and amendments, donation edits,
backups and restore, donor privacy. Registered by ``treasurer.cli``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from treasurer.core.errors import TreasurerError, UserError
from treasurer.services import audit, backup, donations, periods, privacy
from treasurer.services import ledger as svc

PASSPHRASE_ENV = "TREASURER_PASSPHRASE"
EXIT_TAMPERED = 4


class TamperedError(TreasurerError):
    """``audit verify`` found the ledger or its log changed behind Treasurer's back."""

    exit_code = EXIT_TAMPERED


# ---------------------------------------------------------------- options on other commands
def amend_options(p: argparse.ArgumentParser, *, reason: bool = True) -> None:
    p.add_argument(
        "--amend",
        action="store_true",
        help="the change falls in a closed (filed) period: record it as an amendment",
    )
    if reason:
        p.add_argument("--reason", help="why (recorded with the amendment)")


def settings_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--backup-dir", help="where automatic backups go ('' for beside the ledger)")
    p.add_argument("--backup-keep", type=int, help="how many recent backups to keep (default 10)")
    p.add_argument(
        "--retention-years",
        type=int,
        help="keeping period: donors with no gift for this long are pseudonymised",
    )


def passphrase_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        type=Path,
        help=f"a file whose first line is the passphrase (or set ${PASSPHRASE_ENV})",
    )


def get_passphrase(args: argparse.Namespace, *, needed: bool = False) -> str | None:
    """The passphrase --passphrase-file or $TREASURER_PASSPHRASE gives, if any."""
    if args.passphrase_file is not None:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UserError(
                "cannot read {path}: {reason}", path=args.passphrase_file, reason=exc.strerror
            ) from exc
        if not lines or not lines[0]:
            raise UserError(
                "{path} holds no passphrase on its first line", path=args.passphrase_file
            )
        return str(lines[0])
    value = os.environ.get(PASSPHRASE_ENV)
    if needed and not value:
        raise UserError(
            "give the passphrase with --passphrase-file or ${name}", name=PASSPHRASE_ENV
        )
    return value or None


# ---------------------------------------------------------------- commands
def commands(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("audit", help="the audit trail").add_subparsers(metavar="ACTION")
    p = group.add_parser("verify", parents=[common], help="check the log and every row against it")
    p.set_defaults(handler=_audit_verify)
    p = group.add_parser("log", parents=[common], help="show the audit trail")
    p.add_argument("--since", metavar="DATE", help="entries from this day on")
    p.add_argument("--donation", type=int, metavar="ID", help="only about this donation")
    p.add_argument("--donor", type=int, metavar="ID", help="only about this donor")
    p.set_defaults(handler=_audit_log)

    p = sub.add_parser("periods", parents=[common], help="closed (filed) periods")
    p.set_defaults(handler=_periods)
    group = sub.add_parser("period", help="close a period").add_subparsers(metavar="ACTION")
    p = group.add_parser("close", parents=[common], help="mark a period filed")
    p.add_argument("period", help="2025, 2025-Q3, 2025-03 or 2025-01-01..2025-06-30")
    p.set_defaults(handler=_period_close)
    p = group.add_parser(
        "amendments", parents=[common], help="what changed in a period after it was closed"
    )
    p.add_argument("period")
    p.set_defaults(handler=_amendments)

    group = sub.add_parser("donation", help="change a recorded donation").add_subparsers(
        metavar="ACTION"
    )
    p = group.add_parser("edit", parents=[common], help="change fields of a donation")
    p.add_argument("donation_id", type=int)
    for name in ("date", "amount", "method", "reference", "notes", "unit"):
        p.add_argument(f"--{name}")
    amend_options(p)
    p.set_defaults(handler=_donation_edit)
    p = group.add_parser("delete", parents=[common], help="delete a donation, with a reason")
    p.add_argument("donation_id", type=int)
    p.add_argument("--reason", required=True)
    amend_options(p, reason=False)
    p.set_defaults(handler=_donation_delete)

    p = sub.add_parser("backup", parents=[common], help="back the ledger up now")
    p.add_argument("--out", type=Path, help="the backup file (default: in the backup folder)")
    passphrase_options(p)
    p.set_defaults(handler=_backup)
    p = sub.add_parser("backups", parents=[common], help="list the backups")
    p.set_defaults(handler=_backups)
    p = sub.add_parser(
        "restore", parents=[common], help="replace the ledger with a backup (saved first)"
    )
    p.add_argument("file", type=Path)
    passphrase_options(p)
    p.set_defaults(handler=_restore)

    p = sub.add_parser(
        "retention", parents=[common], help="pseudonymise donors past the keeping period"
    )
    p.add_argument("--dry-run", action="store_true", help="list them; change nothing")
    p.set_defaults(handler=_retention)


def donor_commands(donor: Any, common: argparse.ArgumentParser) -> None:
    p = donor.add_parser("export", parents=[common], help="everything held about a donor, as JSON")
    p.add_argument("donor_id", type=int)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_donor_export)
    p = donor.add_parser("consent", parents=[common], help="record marketing consent")
    p.add_argument("donor_id", type=int)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--yes", action="store_true", help="the donor agreed to mailings")
    choice.add_argument("--no", action="store_true", help="the donor did not, or withdrew")
    p.set_defaults(handler=_donor_consent)


# ---------------------------------------------------------------- handlers
def location_of(args: argparse.Namespace) -> svc.LedgerLocation:
    """The ledger the global options name (shared by every command module)."""
    return svc.LedgerLocation.resolve(ledger=args.ledger, db=args.db)


def open_ledger(args: argparse.Namespace) -> svc.Ledger:
    ledger = svc.Ledger.open(location_of(args))
    if ledger.upgrade is not None:
        report = ledger.upgrade
        saved = f"; the old ledger was saved to {report.backup}" if report.backup else ""
        print(
            f"treasurer: upgraded the ledger schema from {report.from_revision} "
            f"to {report.to_revision}{saved}",
            file=sys.stderr,
        )
    return ledger


def say(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        print(text)


def _audit_verify(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        report = audit.verify_audit(ledger)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif report.ok:
        print(
            f"The audit trail is whole: {report.entries} entries, {report.rows} rows checked "
            f"in {report.seconds:.1f} s. Head: {report.head}"
        )
    else:
        for problem in report.problems[1:]:
            print(f"  also: {problem['message']}")
    if not report.ok:
        more = len(report.problems) - 1
        args.json = False  # printed already
        if more == 0:
            raise TamperedError("the audit check failed: {problem}", problem=report.first)
        if more == 1:
            raise TamperedError(
                "the audit check failed: {problem} (1 more problem)", problem=report.first
            )
        raise TamperedError(
            "the audit check failed: {problem} ({more} more problems)",
            problem=report.first,
            more=more,
        )
    return report.to_json()


def _audit_log(args: argparse.Namespace) -> list[dict[str, Any]]:
    with open_ledger(args) as ledger:
        rows = audit.audit_log(
            ledger, since=args.since, donation_id=args.donation, donor_id=args.donor
        )
    if not args.json:
        for r in rows:
            print(f"#{r['id']} {r['at'][:19]} {r['actor']} {r['action']} {r['entity_uuid'] or ''}")
            if r["before"] is not None:
                print(f"    before: {json.dumps(r['before'], ensure_ascii=False)}")
            if r["after"] is not None:
                print(f"    after:  {json.dumps(r['after'], ensure_ascii=False)}")
        if not rows:
            print("No audit entries.")
    return rows


def _periods(args: argparse.Namespace) -> list[dict[str, Any]]:
    with open_ledger(args) as ledger:
        rows = periods.list_periods(ledger)
    if not args.json:
        for r in rows:
            print(
                f"{r['period']:<24} {r['start']}..{r['end']}  closed {r['closed_at'][:10]} by "
                f"{r['closed_by']}; amendments: {r['amendments']}"
            )
        if not rows:
            print("No period is closed.")
    return rows


def _period_close(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        result = periods.close_period(ledger, args.period)
    saved = f"; backup at {result['backup']}" if result["backup"] else ""
    say(
        args,
        f"Closed period {result['period']} ({result['start']}..{result['end']}){saved}. "
        "Changes to its donations now need --amend.",
    )
    return result


def _amendments(args: argparse.Namespace) -> list[dict[str, Any]]:
    with open_ledger(args) as ledger:
        rows = periods.amendments(ledger, args.period)
    if not args.json:
        for r in rows:
            print(f"{r['at'][:19]} {r['actor']} {r['action']} {r['donation_uuid']}")
            print(f"    before: {json.dumps(r['before'], ensure_ascii=False)}")
            print(f"    after:  {json.dumps(r['after'], ensure_ascii=False)}")
            if r["reason"]:
                print(f"    reason: {r['reason']}")
        if not rows:
            print("No amendments.")
    return rows


def _donation_edit(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        result = donations.edit_donation(
            ledger,
            args.donation_id,
            date=args.date,
            amount=args.amount,
            method=args.method,
            reference=args.reference,
            notes=args.notes,
            unit=args.unit,
            reason=args.reason,
            amend=args.amend,
        )
    amended = f" as an amendment of {', '.join(result['amendment'])}" if result["amendment"] else ""
    say(args, f"Changed {', '.join(result['changed'])} of donation {args.donation_id}{amended}.")
    return result


def _donation_delete(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        result = donations.delete_donation(
            ledger, args.donation_id, reason=args.reason, amend=args.amend
        )
    amended = f" as an amendment of {', '.join(result['amendment'])}" if result["amendment"] else ""
    say(args, f"Deleted donation {args.donation_id}{amended}.")
    return result


def _backup(args: argparse.Namespace) -> dict[str, Any]:
    passphrase = get_passphrase(args)
    with open_ledger(args) as ledger:
        result = backup.make_backup(ledger, out=args.out, passphrase=passphrase)
    lock = " (encrypted)" if result.encrypted else ""
    say(
        args,
        f"Backed up to {result.path}{lock}: {result.bytes:,} bytes in {result.seconds:.2f} s.",
    )
    return result.to_json()


def _backups(args: argparse.Namespace) -> list[dict[str, Any]]:
    with open_ledger(args) as ledger:
        rows: list[dict[str, Any]] = backup.list_backups(ledger)
    if not args.json:
        for r in rows:
            print(f"{r['path']}  {r['bytes']:,} bytes{'  encrypted' if r['encrypted'] else ''}")
        if not rows:
            print("No backups yet.")
    return rows


def _restore(args: argparse.Namespace) -> dict[str, Any]:
    result = backup.restore_ledger(location_of(args), args.file, passphrase=get_passphrase(args))
    saved = (
        f" The ledger it replaced was saved to {result['previous_saved_to']}."
        if result["previous_saved_to"]
        else ""
    )
    say(
        args,
        f"Restored {result['name']} ({result['donations']} donations, schema "
        f"{result['schema']}) from {args.file}.{saved}",
    )
    return result


def _retention(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        result = privacy.apply_retention(ledger, dry_run=args.dry_run)
    verb = "would be" if args.dry_run else "were"
    say(
        args,
        f"{len(result['donors'])} donors {verb} pseudonymised (no gift since before "
        f"{result['last_gift_before']}).",
    )
    return result


def _donor_export(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        result = privacy.export_donor(ledger, args.donor_id, args.out)
    say(
        args,
        f"Wrote everything held about donor {args.donor_id} to {args.out} "
        f"({result['donations']} entries, {result['audit_entries']} audit entries).",
    )
    return result


def _donor_consent(args: argparse.Namespace) -> dict[str, Any]:
    with open_ledger(args) as ledger:
        result = privacy.set_consent(ledger, args.donor_id, consent=bool(args.yes))
    state = "agreed to" if args.yes else "does not agree to"
    say(args, f"Recorded: donor {args.donor_id} {state} mailings.")
    return result


def mailing_list(args: argparse.Namespace) -> dict[str, Any]:
    if not (args.consented and args.out):
        raise UserError("a mailing list needs both --consented and --out FILE.csv")
    with open_ledger(args) as ledger:
        result = privacy.export_mailing_list(ledger, args.out)
    say(args, f"Wrote {result['donors']} donors who agreed to mailings to {args.out}.")
    return result
