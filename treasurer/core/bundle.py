"""The office bundle: what a field office sends to headquarters, as a file.

A zip holding ``manifest.json`` and four JSON Lines parts (donors, donations with
their refunds and returns, permissibility checks, flag resolutions). Rows name each
other by uuid. The manifest gives the format and its version, the two ledgers, the
office's accounting unit, the export's sequence number and range, the number of
lines of each part, the sums of the donations per currency (minor units, refunds
and returns negative) and the SHA-256 of each part.

``read_bundle`` checks all of it before anything is written anywhere: a truncated or
corrupted zip, a part missing or added, a hash, a count or a sum that does not match,
a line that is not a well-formed row, or a row that names one not in the bundle, is
refused with the reason. The hashes detect damage and naive edits; they do not sign
the bundle (whoever can rewrite the parts can rewrite the manifest): that is the job
of the encryption with a passphrase, shared with encrypted backups.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from treasurer.core.errors import Message, ParseError, UserError
from treasurer.core.model import DonorKind, EntryType, PaymentMethod
from treasurer.core.money import validate_currency

FORMAT = "treasurer-office-bundle"
VERSION = 1
MANIFEST = "manifest.json"
DONORS = "donors.jsonl"
DONATIONS = "donations.jsonl"
CHECKS = "checks.jsonl"
RESOLUTIONS = "flag_resolutions.jsonl"
PARTS = (DONORS, DONATIONS, CHECKS, RESOLUTIONS)
#: The manifest's count of each part.
COUNT_OF = {
    DONORS: "donors",
    DONATIONS: "donations",
    CHECKS: "checks",
    RESOLUTIONS: "flag_resolutions",
}
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)  # the zip's own timestamps carry nothing: the manifest does
_MAX_PART = 2 << 30  # 2 GiB unpacked per part: more is not a bundle, it is a zip bomb


class BundleError(UserError):
    """The file is not a sound office bundle; nothing was imported."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        self.reason = reason
        super().__init__(
            Message("{path} is refused: {reason}; nothing was imported", path=path, reason=reason)
        )


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle read and checked: its manifest, its rows by part, the file's SHA-256."""

    manifest: dict[str, Any]
    parts: dict[str, list[dict[str, Any]]]
    sha256: str
    size: int


def encode_line(row: dict[str, Any]) -> bytes:
    """One row as a line of JSON (keys sorted, UTF-8, no floats anywhere)."""
    return (
        json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode()


def donation_sums(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Net sum of the rows' amounts per currency, in minor units."""
    sums: dict[str, int] = {}
    for row in rows:
        sums[row["currency"]] = sums.get(row["currency"], 0) + row["amount_minor"]
    return dict(sorted(sums.items()))


def write_bundle(
    path: Path, manifest: dict[str, Any], parts: dict[str, list[dict[str, Any]]]
) -> str:
    """Write the bundle (to a temporary file renamed into place: a bundle is whole or
    absent); return its SHA-256. ``manifest`` gets the counts, sums and part hashes."""
    encoded = {name: b"".join(encode_line(r) for r in parts.get(name, [])) for name in PARTS}
    manifest = {
        **manifest,
        "format": FORMAT,
        "version": VERSION,
        "counts": {COUNT_OF[n]: len(parts.get(n, [])) for n in PARTS},
        "sums_minor": donation_sums(parts.get(DONATIONS, [])),
        "parts": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in encoded.items()
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in [(MANIFEST, encode_line(manifest)), *encoded.items()]:
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data, compresslevel=6)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return file_sha256(path)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_bundle(path: Path) -> Bundle:
    """Read and check a bundle (see the module docstring).

    Raises:
        BundleError: the file is not a sound bundle, with the reason.
    """
    try:
        sha = file_sha256(path)
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError("there is no bundle at {path}", path=path) from None
    except OSError as exc:
        raise UserError(
            "{path} cannot be read ({problem})", path=path, problem=exc.strerror
        ) from None
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            manifest = _manifest(path, archive, names)
            parts = {name: _part(path, archive, name, manifest) for name in PARTS}
    except zipfile.BadZipFile as exc:
        raise BundleError(
            path, Message("it is not a whole zip file ({problem})", problem=str(exc))
        ) from None
    except (EOFError, zipfile.LargeZipFile, zlib.error, NotImplementedError, OSError) as exc:
        raise BundleError(
            path, Message("the zip file is damaged ({problem})", problem=str(exc))
        ) from None
    _check_sums(path, manifest, parts)
    _check_links(path, parts)
    return Bundle(manifest, parts, sha, size)


def _manifest(path: Path, archive: zipfile.ZipFile, names: list[str]) -> dict[str, Any]:
    if MANIFEST not in names:
        raise BundleError(
            path, Message("it has no manifest.json: it is not a Treasurer office bundle")
        )
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError(
            path, Message("its manifest.json is not valid JSON ({problem})", problem=str(exc))
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(
            path, Message("its manifest.json is not the manifest of an office bundle")
        )
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(path, Message("its manifest has no format version"))
    if version > VERSION:
        raise BundleError(
            path,
            Message(
                "it was written by a newer Treasurer (bundle format {version}; this one reads "
                "{readable}); update Treasurer at headquarters",
                version=version,
                readable=VERSION,
            ),
        )
    if manifest.get("encrypted"):
        raise BundleError(
            path, Message("it is encrypted, and this Treasurer cannot decrypt bundles yet")
        )
    for key in ("office_ledger_id", "hq_ledger_id", "unit", "office_name"):
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            raise BundleError(path, Message("its manifest has no {key}", key=key))
    if not _is_count(manifest.get("sequence")) or manifest["sequence"] < 1:
        raise BundleError(path, Message("its manifest has no sequence number"))
    for key in ("counts", "sums_minor", "parts"):
        if not isinstance(manifest.get(key), dict):
            raise BundleError(path, Message("its manifest has no {key}", key=key))
    extra = sorted(set(names) - {MANIFEST, *PARTS})
    if extra:
        raise BundleError(
            path,
            Message("it holds files a bundle does not have: {names}", names=", ".join(extra)),
        )
    missing = [n for n in PARTS if n not in names or n not in manifest["parts"]]
    if missing:
        raise BundleError(path, Message("the part {name} is missing", name=missing[0]))
    return manifest


def _part(
    path: Path, archive: zipfile.ZipFile, name: str, manifest: dict[str, Any]
) -> list[dict[str, Any]]:
    if archive.getinfo(name).file_size > _MAX_PART:
        raise BundleError(path, Message("the part {name} is too large to be a bundle's", name=name))
    data = archive.read(name)  # the zip's CRC is checked here
    expected = manifest["parts"][name]
    if not isinstance(expected, dict) or hashlib.sha256(data).hexdigest() != expected.get("sha256"):
        raise BundleError(
            path,
            Message(
                "the part {name} does not match its SHA-256 in the manifest (altered or damaged)",
                name=name,
            ),
        )
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    count = manifest["counts"].get(COUNT_OF[name])
    if count != len(lines):
        raise BundleError(
            path,
            Message(
                "the part {name} has {lines} lines where the manifest counts {count}",
                name=name,
                lines=len(lines),
                count=count,
            ),
        )
    validate = _VALIDATORS[name]
    rows = []
    for number, line in enumerate(lines, start=1):
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise _BadRowError(Message("not a JSON object"))
            validate(row)
        except (ValueError, UnicodeDecodeError, KeyError, TypeError) as exc:
            problem = exc.message if isinstance(exc, _BadRowError) else str(exc)
            raise BundleError(
                path,
                Message(
                    "line {number} of {name} is not a valid row ({problem})",
                    number=number,
                    name=name,
                    problem=problem,
                ),
            ) from None
        rows.append(row)
    return rows


def _check_sums(
    path: Path, manifest: dict[str, Any], parts: dict[str, list[dict[str, Any]]]
) -> None:
    sums = donation_sums(parts[DONATIONS])
    if sums != manifest["sums_minor"]:
        raise BundleError(
            path,
            Message(
                "the donations add up to {sums} where the manifest says {expected}",
                sums=_show(sums),
                expected=_show(manifest["sums_minor"]),
            ),
        )


def _show(sums: dict[str, Any]) -> Message:
    shown = [
        Message("{amount} {currency} minor units", amount=v, currency=c)
        for c, v in sorted(sums.items())
    ]
    if not shown:
        return Message("nothing")
    return functools.reduce(lambda a, b: Message("{first}, {second}", first=a, second=b), shown)


def _check_links(path: Path, parts: dict[str, list[dict[str, Any]]]) -> None:
    """Every uuid a row names is a row of the bundle, and no uuid is there twice."""
    donors = _unique(path, DONORS, parts[DONORS])
    donations = _unique(path, DONATIONS, parts[DONATIONS])
    _unique(path, CHECKS, parts[CHECKS])
    _unique(path, RESOLUTIONS, parts[RESOLUTIONS])
    for row in parts[DONORS]:
        if row["merged_into"] is not None and row["merged_into"] not in donors:
            raise BundleError(
                path,
                Message("donor {uuid} is merged into a donor not in the bundle", uuid=row["uuid"]),
            )
    for row in parts[DONATIONS]:
        if row["donor"] not in donors:
            raise BundleError(
                path, Message("donation {uuid} names a donor not in the bundle", uuid=row["uuid"])
            )
        if row["refund_of"] is not None and row["refund_of"] not in donations:
            raise BundleError(
                path,
                Message("refund {uuid} gives back a donation not in the bundle", uuid=row["uuid"]),
            )
    for row in parts[CHECKS]:
        if row["donor"] not in donors or (
            row["donation"] is not None and row["donation"] not in donations
        ):
            raise BundleError(
                path, Message("check {uuid} names a row not in the bundle", uuid=row["uuid"])
            )
    for row in parts[RESOLUTIONS]:
        if row["donor"] is not None and row["donor"] not in donors:
            raise BundleError(
                path, Message("flag {uuid} names a donor not in the bundle", uuid=row["uuid"])
            )


def _unique(path: Path, name: str, rows: list[dict[str, Any]]) -> set[str]:
    seen: set[str] = set()
    for row in rows:
        if row["uuid"] in seen:
            raise BundleError(
                path, Message("{uuid} is in {name} twice", uuid=row["uuid"], name=name)
            )
        seen.add(row["uuid"])
    return seen


# ---------------------------------------------------------------- row checks
class _BadRowError(ValueError):
    """A row of a part that is not what the format says, and why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _text(row: dict[str, Any], key: str, *, optional: bool = False, limit: int = 1000) -> None:
    value = row[key]
    if value is None and optional:
        return
    if not isinstance(value, str) or (not optional and not value) or len(value) > limit:
        raise _BadRowError(Message("{key} is not text", key=key))


def _uuid(row: dict[str, Any], key: str, *, optional: bool = False) -> None:
    _text(row, key, optional=optional, limit=36)


def _integer(row: dict[str, Any], key: str, *, optional: bool = False) -> None:
    value = row[key]
    if value is None and optional:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise _BadRowError(Message("{key} is not a whole number", key=key))


def _flag(row: dict[str, Any], key: str) -> None:
    if not isinstance(row[key], bool):
        raise _BadRowError(Message("{key} is not true or false", key=key))


def _day(row: dict[str, Any], key: str, *, optional: bool = False) -> None:
    value = row[key]
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise _BadRowError(Message("{key} is not a date", key=key))
    dt.date.fromisoformat(value)


_CURRENCIES: set[str] = set()  # codes already checked (a bundle repeats one or two)


def _is_currency(value: Any) -> bool:
    if value in _CURRENCIES:
        return True
    try:
        known = isinstance(value, str) and validate_currency(value) == value
    except ParseError:
        return False
    if known:
        _CURRENCIES.add(value)
    return known


def _currency(row: dict[str, Any], key: str) -> None:
    if not _is_currency(row[key]):
        raise _BadRowError(Message("{key} is not a currency code", key=key))


def _choice(row: dict[str, Any], key: str, allowed: set[str]) -> None:
    if row[key] not in allowed:
        raise _BadRowError(
            Message(
                "{key} {value!r} is not one of {allowed}",
                key=key,
                value=row[key],
                allowed=", ".join(sorted(allowed)),
            )
        )


_KINDS = {k.value for k in DonorKind}
_METHODS = {p.value for p in PaymentMethod}
_TYPES = {t.value for t in EntryType}


def _donor(row: dict[str, Any]) -> None:
    _uuid(row, "uuid")
    _choice(row, "kind", _KINDS)
    _text(row, "name", limit=300)
    for key in (
        "address",
        "postcode",
        "city",
        "country",
        "email",
        "employer",
        "occupation",
        "company_number",
    ):
        _text(row, key, optional=True, limit=500)
    _uuid(row, "merged_into", optional=True)
    if not isinstance(row["declarations"], list):
        raise _BadRowError(Message("declarations is not a list"))
    for declared in row["declarations"]:
        _integer(declared, "year")
        _integer(declared, "amount_minor")
        _currency(declared, "currency")
        _text(declared, "note", optional=True)
        if declared["amount_minor"] < 0:
            raise _BadRowError(Message("a declared amount is negative"))


def _donation(row: dict[str, Any]) -> None:
    _uuid(row, "uuid")
    _uuid(row, "donor")
    _text(row, "unit", optional=True, limit=120)
    _uuid(row, "refund_of", optional=True)
    _day(row, "received_on")
    _integer(row, "amount_minor")
    _currency(row, "currency")
    _choice(row, "method", _METHODS)
    _choice(row, "entry_type", _TYPES)
    for key in ("reference", "fingerprint", "notes", "override_reason"):
        _text(row, key, optional=True, limit=10_000)
    _flag(row, "exclude_from_aggregate")
    _flag(row, "force_report")
    giving = row["entry_type"] == EntryType.DONATION.value
    if (row["amount_minor"] > 0) != giving or row["amount_minor"] == 0:
        raise _BadRowError(Message("the amount's sign does not fit the entry type"))
    if giving == (row["refund_of"] is not None):
        raise _BadRowError(Message("only a refund or return gives back a donation"))
    if not isinstance(row["fees"], list):
        raise _BadRowError(Message("fees is not a list"))
    for fee in row["fees"]:
        if (
            not isinstance(fee, list)
            or len(fee) != 2
            # negative: a fee given back on a refund
            or not (isinstance(fee[0], int) and not isinstance(fee[0], bool) and fee[0] != 0)
            or not _is_currency(fee[1])
        ):
            raise _BadRowError(Message("a fee is not an amount and a currency"))


def _check(row: dict[str, Any]) -> None:
    _uuid(row, "uuid")
    _uuid(row, "donor")
    _uuid(row, "donation", optional=True)
    _day(row, "checked_on")
    _flag(row, "permissible")
    _text(row, "method", limit=60)
    _text(row, "evidence", optional=True, limit=10_000)


def _resolution(row: dict[str, Any]) -> None:
    _uuid(row, "uuid")
    _text(row, "key", limit=300)
    _text(row, "rule_id", limit=120)
    _uuid(row, "donor", optional=True)
    if not isinstance(row["donations"], list) or not all(
        isinstance(u, str) for u in row["donations"]
    ):
        raise _BadRowError(Message("donations is not a list of uuids"))
    _integer(row, "over_minor", optional=True)
    _choice(row, "status", {"dismissed"})
    _text(row, "reason", limit=10_000)
    _text(row, "resolved_at", optional=True, limit=40)


_VALIDATORS: dict[str, Callable[[dict[str, Any]], None]] = {
    DONORS: _donor,
    DONATIONS: _donation,
    CHECKS: _check,
    RESOLUTIONS: _resolution,
}
