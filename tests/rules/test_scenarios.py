"""The shipped profiles through the rule engine, at their boundaries, with figures computed
by hand: exactly at a limit is fine, one minor unit over is over by exactly that much."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path

import treasurer
from treasurer.core.compliance import (
    Contribution,
    DonorFacts,
    Finding,
    FlagKind,
    PermissibilityCheck,
    evaluate_donor,
)
from treasurer.core.messages import FlagText, explain
from treasurer.core.model import DonorKind, EntryType, PaymentMethod
from treasurer.core.money import Money
from treasurer.core.profiles import Profile, Severity, Status, load_profile

RULES = Path(treasurer.__file__).parent / "resources" / "rules"
D = dt.date


@functools.cache
def profile(profile_id: str) -> Profile:
    return load_profile(RULES / f"{profile_id}.toml")


def gift(
    gift_id: int,
    day: dt.date,
    amount: str,
    currency: str,
    method: PaymentMethod = PaymentMethod.TRANSFER,
) -> Contribution:
    return Contribution(gift_id, day, Money.from_decimal(amount, currency), method=method)


def refund(gift_id: int, day: dt.date, amount: str, currency: str, of: int) -> Contribution:
    return Contribution(
        gift_id,
        day,
        -Money.from_decimal(amount, currency),
        entry_type=EntryType.REFUND,
        refund_of=of,
    )


def donor(
    kind: DonorKind = DonorKind.INDIVIDUAL,
    fields: Sequence[str] = ("address", "employer", "occupation", "country"),
    checks: Sequence[PermissibilityCheck] = (),
    other_party_gifts: dict[int, Money] | None = None,
) -> DonorFacts:
    return DonorFacts(
        id=7,
        name="Donor",
        kind=kind,
        present_fields=frozenset(fields),
        checks=tuple(checks),
        other_party_gifts=other_party_gifts or {},
    )


def run(
    profile_id: str,
    contributions: Sequence[Contribution],
    who: DonorFacts | None = None,
    variant: str | None = None,
) -> list[Finding]:
    return evaluate_donor(profile(profile_id), who or donor(), contributions, variant=variant)


def of(findings: Sequence[Finding], kind: FlagKind, rule_id: str | None = None) -> list[Finding]:
    return [f for f in findings if f.kind is kind and (rule_id is None or f.rule_id == rule_id)]


def kinds(findings: Sequence[Finding]) -> set[tuple[FlagKind, str]]:
    return {(f.kind, f.rule_id) for f in findings}


def money(amount: str, currency: str) -> Money:
    return Money.from_decimal(amount, currency)


# ---------------------------------------------------------------- France
def test_fr_at_the_cap_is_near_not_over() -> None:
    found = run("fr", [gift(1, D(2025, 3, 1), "7500.00", "EUR")])
    assert kinds(found) == {(FlagKind.NEAR_LIMIT, "fr.near-cap")}
    assert found[0].total == money("7500.00", "EUR")


def test_fr_one_cent_over_the_cap() -> None:
    found = run(
        "fr", [gift(1, D(2025, 3, 1), "7000.00", "EUR"), gift(2, D(2025, 9, 1), "500.01", "EUR")]
    )
    (over,) = of(found, FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "EUR")
    assert over.limit == Money(750000, "EUR")
    assert over.deadline is None
    assert over.deadline_from_awareness == 30
    assert not of(found, FlagKind.NEAR_LIMIT)


def test_fr_counts_gifts_declared_to_other_parties() -> None:
    who = donor(other_party_gifts={2025: money("7000.00", "EUR")})
    assert not of(run("fr", [gift(1, D(2025, 3, 1), "500.00", "EUR")], who), FlagKind.OVER_LIMIT)
    (over,) = of(run("fr", [gift(1, D(2025, 3, 1), "500.01", "EUR")], who), FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "EUR")


def test_fr_cash_cap_boundary() -> None:
    assert not run("fr", [gift(1, D(2025, 3, 1), "150.00", "EUR", PaymentMethod.CASH)])
    found = run("fr", [gift(1, D(2025, 3, 1), "150.01", "EUR", PaymentMethod.CASH)])
    (cash,) = of(found, FlagKind.CASH_OVER_CAP)
    # a gift over 150 € may not be in cash at all: all of it is irregular, not the cent
    assert (cash.over, cash.limit) == (Money(15001, "EUR"), Money(15000, "EUR"))
    assert not run("fr", [gift(1, D(2025, 3, 1), "150.01", "EUR", PaymentMethod.CHEQUE)])


def test_fr_company_is_prohibited_but_a_party_is_not() -> None:
    found = run("fr", [gift(1, D(2025, 3, 1), "10.00", "EUR")], donor(DonorKind.COMPANY))
    assert kinds(found) == {(FlagKind.PROHIBITED_SOURCE, "fr.prohibited.legal-persons")}
    assert not run("fr", [gift(1, D(2025, 3, 1), "10.00", "EUR")], donor(DonorKind.PARTY))


def test_fr_an_anonymous_gift_of_any_amount_or_method_is_not_allowed() -> None:
    """Art. 11-4 allows the gifts of a duly identified person: an anonymous 3,000 €
    transfer, or 20 € in cash, is an error to put right (it was only a warning that
    the receipt lacked an address, and escaped the cap)."""
    who = donor(DonorKind.ANONYMOUS)
    for amount, method in (("3000.00", PaymentMethod.TRANSFER), ("20.00", PaymentMethod.CASH)):
        found = run("fr", [gift(1, D(2025, 6, 8), amount, "EUR", method)], who)
        (prohibited,) = of(found, FlagKind.PROHIBITED_SOURCE)
        assert prohibited.rule_id == "fr.prohibited.anonymous"
        assert prohibited.over == money(amount, "EUR")  # the whole gift
        assert prohibited.severity is Severity.ERROR
        assert not of(found, FlagKind.CASH_OVER_CAP)
    assert status_on_fr("fr.prohibited.anonymous") is Status.VERIFIED_SECONDARY


def status_on_fr(rule_id: str) -> Status:
    entry = profile("fr").rule(rule_id).entry_on(D(2025, 6, 8))
    assert entry is not None
    return entry.status


# ---------------------------------------------------------------- Morocco
def test_ma_old_cap_boundary() -> None:
    assert not of(run("ma", [gift(1, D(2020, 5, 1), "300000.00", "MAD")]), FlagKind.OVER_LIMIT)
    found = run("ma", [gift(1, D(2020, 5, 1), "300000.01", "MAD")])
    (over,) = of(found, FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "MAD")
    assert over.limit == Money(30000000, "MAD")
    assert over.fact_status is Status.VERIFIED_SECONDARY
    assert over.deadline is None


def test_ma_cap_changes_on_2021_04_01() -> None:
    (over,) = of(run("ma", [gift(1, D(2021, 3, 31), "300000.01", "MAD")]), FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "MAD")
    assert not of(run("ma", [gift(1, D(2021, 4, 1), "300000.01", "MAD")]), FlagKind.OVER_LIMIT)
    assert not of(run("ma", [gift(1, D(2021, 4, 1), "500000.00", "MAD")]), FlagKind.OVER_LIMIT)
    (over,) = of(run("ma", [gift(1, D(2021, 4, 1), "500000.01", "MAD")]), FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "MAD")
    assert over.limit == Money(50000000, "MAD")
    assert over.fact_status is Status.UNCERTAIN


def test_ma_gifts_on_both_sides_of_the_change_in_one_year() -> None:
    within = [
        gift(1, D(2021, 2, 1), "300000.00", "MAD"),
        gift(2, D(2021, 5, 1), "200000.00", "MAD"),
    ]
    assert not of(run("ma", within), FlagKind.OVER_LIMIT)
    early_excess = [
        gift(1, D(2021, 2, 1), "350000.00", "MAD"),
        gift(2, D(2021, 5, 1), "10.00", "MAD"),
    ]
    (over,) = of(run("ma", early_excess), FlagKind.OVER_LIMIT)
    assert over.over == money("50000.00", "MAD")  # judged by the cap on its own date
    assert over.total == money("350010.00", "MAD")


def test_ma_near_limit_at_90_percent() -> None:
    (near,) = of(run("ma", [gift(1, D(2020, 5, 1), "270000.00", "MAD")]), FlagKind.NEAR_LIMIT)
    assert near.rule_id == "ma.near-cap"
    assert near.fact_status is Status.VERIFIED_SECONDARY
    assert not of(run("ma", [gift(1, D(2020, 5, 1), "269999.99", "MAD")]), FlagKind.NEAR_LIMIT)
    (near,) = of(run("ma", [gift(1, D(2022, 5, 1), "450000.00", "MAD")]), FlagKind.NEAR_LIMIT)
    assert near.limit == Money(50000000, "MAD")
    assert near.fact_status is Status.UNCERTAIN  # the mirrored entry of an uncertain cap
    assert not of(run("ma", [gift(1, D(2022, 5, 1), "449999.99", "MAD")]), FlagKind.NEAR_LIMIT)


def test_ma_cash_of_10000_must_be_a_cheque() -> None:
    assert not run("ma", [gift(1, D(2025, 1, 5), "9999.99", "MAD", PaymentMethod.CASH)])
    found = run("ma", [gift(1, D(2025, 1, 5), "10000.00", "MAD", PaymentMethod.CASH)])
    (cash,) = of(found, FlagKind.CASH_OVER_CAP)
    assert cash.rule_id == "ma.cheque-from-10000"
    assert (cash.over, cash.limit) == (Money(1, "MAD"), Money(999999, "MAD"))
    assert cash.fact_status is Status.VERIFIED_SECONDARY
    assert not run("ma", [gift(1, D(2025, 1, 5), "10000.00", "MAD", PaymentMethod.CHEQUE)])


def test_ma_foreign_and_public_donors_are_prohibited_uncertainly() -> None:
    for kind in (DonorKind.FOREIGN, DonorKind.PUBLIC_BODY):
        (flag,) = of(
            run("ma", [gift(1, D(2025, 1, 5), "1.00", "MAD")], donor(kind)),
            FlagKind.PROHIBITED_SOURCE,
        )
        assert flag.fact_status is Status.UNCERTAIN
    assert not run("ma", [gift(1, D(2025, 1, 5), "1.00", "MAD")], donor(DonorKind.COMPANY))


# ---------------------------------------------------------------- United Kingdom
def test_uk_permissibility_check_above_500() -> None:
    assert not run("uk", [gift(1, D(2025, 2, 1), "500.00", "GBP")])
    (check,) = run("uk", [gift(1, D(2025, 2, 1), "500.01", "GBP")])
    assert check.kind is FlagKind.PERMISSIBILITY_CHECK
    assert check.rule_id == "uk.permissibility-check"
    assert check.deadline == D(2025, 3, 3)  # 30 days from receipt
    assert check.severity is Severity.WARNING
    assert check.limit == Money(50000, "GBP")


def test_uk_recorded_checks_settle_or_refuse() -> None:
    gifts = [gift(1, D(2025, 2, 1), "800.00", "GBP")]
    ok = donor(checks=[PermissibilityCheck(D(2025, 2, 3), permissible=True, donation_id=1)])
    assert not run("uk", gifts, ok)
    refused = donor(checks=[PermissibilityCheck(D(2025, 2, 3), permissible=False, donation_id=1)])
    (flag,) = run("uk", gifts, refused)
    assert (flag.kind, flag.severity) == (FlagKind.PROHIBITED_SOURCE, Severity.ERROR)


def test_uk_impermissible_donors_only_over_500() -> None:
    foreign = donor(DonorKind.FOREIGN)
    assert not run("uk", [gift(1, D(2025, 2, 1), "500.00", "GBP")], foreign)
    found = run("uk", [gift(1, D(2025, 2, 1), "500.01", "GBP")], foreign)
    (flag,) = of(found, FlagKind.PROHIBITED_SOURCE)
    assert flag.rule_id == "uk.prohibited.impermissible"
    assert flag.deadline == D(2025, 3, 3)
    assert flag.over == Money(50001, "GBP")  # an impermissible donation goes back whole


def found_kinds(findings: list[Finding]) -> set[FlagKind]:
    return {f.kind for f in findings}


def test_uk_anonymous_over_500() -> None:
    anonymous = donor(DonorKind.ANONYMOUS, fields=())
    assert not run("uk", [gift(1, D(2025, 2, 1), "500.00", "GBP")], anonymous)
    found = run("uk", [gift(1, D(2025, 2, 1), "500.01", "GBP")], anonymous)
    assert kinds(found) == {(FlagKind.ANONYMOUS_OVER_CAP, "uk.anonymous-over-500")}
    # the whole donation goes back, not only the penny over £500
    assert found[0].over == Money(50001, "GBP")
    returned_penny = [
        gift(1, D(2025, 2, 1), "500.01", "GBP"),
        Contribution(2, D(2025, 2, 3), Money(-1, "GBP"), entry_type=EntryType.RETURN, refund_of=1),
    ]
    assert found_kinds(run("uk", returned_penny, anonymous)) == {FlagKind.ANONYMOUS_OVER_CAP}
    returned_all = [
        *returned_penny[:1],
        Contribution(
            2, D(2025, 2, 3), Money(-50001, "GBP"), entry_type=EntryType.RETURN, refund_of=1
        ),
    ]
    assert not run("uk", returned_all, anonymous)


def test_uk_has_no_cap() -> None:
    checked = donor(checks=[PermissibilityCheck(D(2025, 2, 2), permissible=True)])
    found = run("uk", [gift(1, D(2025, 2, 1), "1000000.00", "GBP")], checked)
    assert kinds(found) == {(FlagKind.REPORTABLE, "uk.reportable.central")}


def _checked() -> DonorFacts:
    return donor(checks=[PermissibilityCheck(D(2026, 12, 31), permissible=True)])


def test_uk_reportable_when_the_year_aggregate_crosses_11180() -> None:
    at = [gift(1, D(2024, 3, 1), "6000.00", "GBP"), gift(2, D(2024, 6, 1), "5180.00", "GBP")]
    assert not run("uk", at, _checked())
    over = [gift(1, D(2024, 3, 1), "6000.00", "GBP"), gift(2, D(2024, 6, 1), "5180.01", "GBP")]
    (flag,) = run("uk", over, _checked())
    assert (flag.kind, flag.rule_id) == (FlagKind.REPORTABLE, "uk.reportable.central")
    assert flag.donation_ids == (1, 2)
    assert flag.total == money("11180.01", "GBP")
    assert flag.limit == Money(1118000, "GBP")
    assert flag.period == "2024"
    assert flag.severity is Severity.INFO


def test_uk_reportable_aggregate_does_not_cross_a_year_boundary() -> None:
    split = [gift(1, D(2024, 12, 15), "6000.00", "GBP"), gift(2, D(2025, 1, 10), "5180.01", "GBP")]
    assert not run("uk", split, _checked())


def test_uk_after_reporting_later_donations_over_2230() -> None:
    gifts = [
        gift(1, D(2025, 1, 10), "11180.01", "GBP"),
        gift(2, D(2025, 4, 10), "2230.00", "GBP"),
        gift(3, D(2025, 7, 10), "2230.01", "GBP"),
    ]
    (flag,) = run("uk", gifts, _checked())
    assert flag.donation_ids == (1, 3)


def test_uk_threshold_before_2024_was_7500() -> None:
    assert not run("uk", [gift(1, D(2023, 5, 1), "7500.00", "GBP")], _checked())
    (flag,) = run("uk", [gift(1, D(2023, 5, 1), "7500.01", "GBP")], _checked())
    assert flag.limit == Money(750000, "GBP")
    assert flag.fact_status is Status.VERIFIED


def test_uk_accounting_unit_reports_over_2230() -> None:
    gifts = [gift(1, D(2025, 5, 1), "2230.01", "GBP")]
    assert not run("uk", gifts, _checked(), variant="central")
    (flag,) = run("uk", gifts, _checked(), variant="accounting_unit")
    assert (flag.kind, flag.rule_id) == (FlagKind.REPORTABLE, "uk.reportable.accounting-unit")
    assert flag.limit == Money(223000, "GBP")
    assert flag.fact_status is Status.VERIFIED_SECONDARY
    assert not run("uk", [gift(1, D(2025, 5, 1), "2230.00", "GBP")], _checked(), "accounting_unit")


def _reportable_text(flag: Finding) -> str:
    """The first sentence of the flag's explanation, as `flags` shows it."""
    text = FlagText(
        kind=flag.kind,
        donor="Nina Owen",
        period=flag.period,
        total=flag.total,
        limit=flag.limit,
        over=flag.over,
        deadline=flag.deadline,
        fact_status=flag.fact_status.value,
        source=flag.source,
    )
    return explain(text, profile("uk").rule(flag.rule_id)).split(". Rule ")[0]


def _refunded_in_part(last: str) -> list[Contribution]:
    """The new-user trial: £11,000, £400 of it refunded, then ``last``."""
    return [
        gift(1, D(2025, 4, 1), "11000.00", "GBP"),
        refund(2, D(2025, 4, 5), "400.00", "GBP", of=1),
        gift(3, D(2025, 4, 10), last, "GBP"),
    ]


def test_uk_a_refund_under_500_of_a_gift_that_counts_lowers_the_aggregate() -> None:
    """£500 is a floor on gifts, not on refunds: £11,000 − £400 + £580 is £11,180, not
    over £11,180 (the flag used to say "has given £11,580.00", leaving the refund out)."""
    assert not of(run("uk", _refunded_in_part("580.00"), _checked()), FlagKind.REPORTABLE)
    (flag,) = of(run("uk", _refunded_in_part("581.00"), _checked()), FlagKind.REPORTABLE)
    assert (flag.rule_id, flag.period, flag.donation_ids) == (
        "uk.reportable.central",
        "2025",
        (1, 3),
    )
    assert (flag.total, flag.limit) == (money("11181.00", "GBP"), money("11180.00", "GBP"))
    assert flag.crossed_on == D(2025, 4, 10)
    assert _reportable_text(flag) == (
        "Nina Owen has given £11,181.00 in 2025, over the reporting threshold of £11,180.00"
    )


def test_uk_a_refund_over_500_lowers_the_aggregate_as_before() -> None:
    """The control of the trial: £11,000 − £600 + £780 is £11,180, not over."""
    control = [
        gift(1, D(2025, 4, 1), "11000.00", "GBP"),
        refund(2, D(2025, 4, 5), "600.00", "GBP", of=1),
        gift(3, D(2025, 4, 10), "780.00", "GBP"),
    ]
    assert not of(run("uk", control, _checked()), FlagKind.REPORTABLE)
    control[2] = gift(3, D(2025, 4, 10), "780.01", "GBP")
    (flag,) = of(run("uk", control, _checked()), FlagKind.REPORTABLE)
    assert (flag.total, flag.donation_ids) == (money("11180.01", "GBP"), (1, 3))


def test_uk_a_refund_of_a_gift_of_500_or_less_does_not_lower_the_aggregate() -> None:
    """A gift of £500 or less is outside the rules, and so is its refund: £11,180.01 in
    gifts that count stays over £11,180 when a £300 gift is given back."""
    gifts = [
        gift(1, D(2025, 3, 1), "300.00", "GBP"),
        gift(2, D(2025, 4, 1), "11180.01", "GBP"),
        refund(3, D(2025, 4, 5), "300.00", "GBP", of=1),
    ]
    (flag,) = of(run("uk", gifts, _checked()), FlagKind.REPORTABLE)
    assert (flag.total, flag.donation_ids) == (money("11180.01", "GBP"), (2,))
    assert flag.crossed_on == D(2025, 4, 1)
    # nor a refund of £500 exactly, the largest gift outside the rules
    gifts[0] = gift(1, D(2025, 3, 1), "500.00", "GBP")
    gifts[2] = refund(3, D(2025, 4, 5), "500.00", "GBP", of=1)
    (flag,) = of(run("uk", gifts, _checked()), FlagKind.REPORTABLE)
    assert flag.total == money("11180.01", "GBP")


def test_uk_a_refund_whose_gift_is_unknown_lowers_the_aggregate_only_over_500() -> None:
    """Without the gift it gives back, a refund of £500 or less may be the refund of a
    gift outside the rules, so it does not keep the donor from being reported; one over
    £500 cannot be, and counts."""
    unlinked = [
        gift(1, D(2025, 4, 1), "11000.00", "GBP"),
        Contribution(2, D(2025, 4, 5), Money(-40000, "GBP"), entry_type=EntryType.REFUND),
        gift(3, D(2025, 4, 10), "580.00", "GBP"),
    ]
    (flag,) = of(run("uk", unlinked, _checked()), FlagKind.REPORTABLE)
    assert (flag.total, flag.donation_ids) == (money("11580.00", "GBP"), (1, 3))
    unlinked[1] = refund(2, D(2025, 4, 5), "600.00", "GBP", of=99)  # not among the gifts
    unlinked[2] = gift(3, D(2025, 4, 10), "780.00", "GBP")
    assert not of(run("uk", unlinked, _checked()), FlagKind.REPORTABLE)


def test_uk_reportable_total_is_what_crossed_and_the_gifts_since() -> None:
    """A refund before the threshold was crossed lowers the flag's total; one after does
    not undo that the donor was reportable, nor lower what they had given."""
    gifts = [
        gift(1, D(2025, 4, 1), "6000.00", "GBP"),
        refund(2, D(2025, 4, 15), "1000.00", "GBP", of=1),
        gift(3, D(2025, 5, 1), "6000.00", "GBP"),
        gift(4, D(2025, 6, 1), "2230.01", "GBP"),
        refund(5, D(2025, 7, 1), "1000.00", "GBP", of=4),
    ]
    (flag,) = of(run("uk", gifts, _checked()), FlagKind.REPORTABLE)
    # £6,000 − £1,000 + £6,000 is £11,000; the gift of 1 June takes it to £13,230.01
    assert (flag.crossed_on, flag.donation_ids) == (D(2025, 6, 1), (1, 3, 4))
    assert flag.total == money("13230.01", "GBP")


def test_uk_reportable_donor_without_address() -> None:
    no_address = donor(fields=(), checks=[PermissibilityCheck(D(2026, 1, 1), permissible=True)])
    found = run("uk", [gift(1, D(2025, 5, 1), "11180.01", "GBP")], no_address)
    (missing,) = of(found, FlagKind.MISSING_INFORMATION)
    assert (missing.rule_id, missing.missing_fields) == ("uk.address.central", ("address",))
    assert not of(
        run("uk", [gift(1, D(2025, 5, 1), "11180.00", "GBP")], no_address),
        FlagKind.MISSING_INFORMATION,
    )
    found = run("uk", [gift(1, D(2025, 5, 1), "2230.01", "GBP")], no_address, "accounting_unit")
    (missing,) = of(found, FlagKind.MISSING_INFORMATION)
    assert missing.rule_id == "uk.address.accounting-unit"


def test_a_refund_of_a_donation_left_out_of_aggregates_is_left_out_with_it() -> None:
    """Money given back from a donation marked "exclude from aggregate" does not lower
    the aggregate the donation is not in: not the reporting total, not a cap's."""
    loan = Contribution(1, D(2025, 3, 1), money("5000.00", "GBP"), exclude_from_aggregate=True)
    gifts = [
        loan,
        gift(2, D(2025, 4, 1), "11180.01", "GBP"),
        refund(3, D(2025, 6, 1), "5000.00", "GBP", of=1),
    ]
    (flag,) = of(run("uk", gifts, _checked()), FlagKind.REPORTABLE)
    assert (flag.total, flag.donation_ids) == (money("11180.01", "GBP"), (2,))
    excluded = Contribution(1, D(2025, 3, 1), money("100.00", "USD"), exclude_from_aggregate=True)
    contributions = [
        excluded,
        gift(2, D(2025, 4, 1), "44300.01", "USD"),
        refund(3, D(2025, 6, 1), "100.00", "USD", of=1),
    ]
    (over,) = of(run("us-fec", contributions), FlagKind.OVER_LIMIT)
    assert (over.over, over.total) == (money("0.01", "USD"), money("44300.01", "USD"))


def test_uk_address_is_owed_only_for_donations_that_count() -> None:
    """The address is asked of a reportable donor, and gifts of £500 or less do not make
    one: £11,000 and £200 is not over £11,180, and neither is £11,000 − £400 + £580."""
    no_address = donor(fields=(), checks=[PermissibilityCheck(D(2026, 1, 1), permissible=True)])
    small = [gift(1, D(2025, 4, 1), "11000.00", "GBP"), gift(2, D(2025, 5, 1), "200.00", "GBP")]
    assert not run("uk", small, no_address)
    assert not run("uk", _refunded_in_part("580.00"), no_address)
    found = run("uk", _refunded_in_part("581.00"), no_address)
    assert kinds(found) == {
        (FlagKind.REPORTABLE, "uk.reportable.central"),
        (FlagKind.MISSING_INFORMATION, "uk.address.central"),
    }
    (missing,) = of(found, FlagKind.MISSING_INFORMATION)
    assert (missing.total, missing.missing_fields) == (money("11181.00", "GBP"), ("address",))
    unit = [gift(1, D(2025, 4, 1), "2000.00", "GBP"), gift(2, D(2025, 5, 1), "500.00", "GBP")]
    assert not run("uk", unit, no_address, "accounting_unit")
    unit[1] = gift(2, D(2025, 5, 1), "500.01", "GBP")
    (missing,) = of(run("uk", unit, no_address, "accounting_unit"), FlagKind.MISSING_INFORMATION)
    assert (missing.rule_id, missing.total) == (
        "uk.address.accounting-unit",
        money("2500.01", "GBP"),
    )


def test_information_is_owed_for_what_was_given_in_the_end() -> None:
    """A gift refunded in full owes no receipt fields; one refunded in part still does."""
    no_address = donor(fields=())
    given = gift(1, D(2025, 5, 1), "100.00", "EUR")
    refunded = run("fr", [given, refund(2, D(2025, 5, 9), "100.00", "EUR", of=1)], no_address)
    assert not of(refunded, FlagKind.MISSING_INFORMATION)
    part = run("fr", [given, refund(2, D(2025, 5, 9), "40.00", "EUR", of=1)], no_address)
    (missing,) = of(part, FlagKind.MISSING_INFORMATION)
    assert (missing.rule_id, missing.total) == ("fr.receipt-fields", Money(6000, "EUR"))


# ---------------------------------------------------------------- United States
def test_us_national_party_cap_boundary() -> None:
    at = run("us-fec", [gift(1, D(2025, 3, 1), "44300.00", "USD")])
    assert kinds(at) == {
        (FlagKind.NEAR_LIMIT, "us.near-cap.national-party"),
        (FlagKind.REPORTABLE, "us.itemize"),
    }
    found = run("us-fec", [gift(1, D(2025, 3, 1), "44300.01", "USD")])
    (over,) = of(found, FlagKind.OVER_LIMIT)
    assert over.rule_id == "us.cap.national-party"
    assert over.over == money("0.01", "USD") == Money(1, "USD")
    assert over.limit == Money(4430000, "USD")
    assert over.deadline == D(2025, 4, 30)  # 60 days from receipt
    assert over.fact_status is Status.VERIFIED


def test_us_excess_dates_from_the_contribution_that_crossed() -> None:
    gifts = [gift(1, D(2026, 1, 5), "40000.00", "USD"), gift(2, D(2026, 11, 2), "4300.01", "USD")]
    (over,) = of(run("us-fec", gifts), FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "USD")
    assert over.deadline == D(2027, 1, 1)
    assert over.donation_ids == (1, 2)


def test_us_refund_cures_the_excess() -> None:
    gifts = [
        gift(1, D(2025, 3, 1), "45000.00", "USD"),
        refund(2, D(2025, 3, 20), "700.00", "USD", of=1),
    ]
    found = run("us-fec", gifts)
    assert not of(found, FlagKind.OVER_LIMIT)
    assert of(found, FlagKind.NEAR_LIMIT)


def test_us_near_limit_at_90_percent() -> None:
    (near,) = of(run("us-fec", [gift(1, D(2025, 3, 1), "39870.00", "USD")]), FlagKind.NEAR_LIMIT)
    assert near.limit == Money(4430000, "USD")
    assert not of(run("us-fec", [gift(1, D(2025, 3, 1), "39869.99", "USD")]), FlagKind.NEAR_LIMIT)


def test_us_state_local_variant_has_its_own_cap() -> None:
    gifts = [gift(1, D(2025, 3, 1), "10000.01", "USD")]
    (over,) = of(run("us-fec", gifts, variant="state_local_party"), FlagKind.OVER_LIMIT)
    assert (over.rule_id, over.over) == ("us.cap.state-local-party", Money(1, "USD"))
    assert not of(run("us-fec", gifts, variant="national_party"), FlagKind.OVER_LIMIT)
    at = run("us-fec", [gift(1, D(2025, 3, 1), "10000.00", "USD")], variant="state_local_party")
    assert not of(at, FlagKind.OVER_LIMIT)
    assert [f.rule_id for f in of(at, FlagKind.NEAR_LIMIT)] == ["us.near-cap.state-local-party"]
    big = run("us-fec", [gift(1, D(2025, 3, 1), "9000.00", "USD")], variant="state_local_party")
    assert [f.rule_id for f in of(big, FlagKind.NEAR_LIMIT)] == ["us.near-cap.state-local-party"]


def test_us_prohibited_sources() -> None:
    for kind in (DonorKind.COMPANY, DonorKind.UNION, DonorKind.FOREIGN):
        found = run("us-fec", [gift(1, D(2025, 3, 1), "25.00", "USD")], donor(kind, fields=()))
        (flag,) = found
        assert (flag.kind, flag.rule_id) == (FlagKind.PROHIBITED_SOURCE, "us.prohibited")
        assert flag.deadline == D(2025, 3, 31)
    assert not run("us-fec", [gift(1, D(2025, 3, 1), "25.00", "USD")], donor(DonorKind.PARTY))


def test_us_cash_over_100() -> None:
    assert not run("us-fec", [gift(1, D(2025, 3, 1), "100.00", "USD", PaymentMethod.CASH)])
    found = run("us-fec", [gift(1, D(2025, 3, 1), "100.01", "USD", PaymentMethod.CASH)])
    (cash,) = of(found, FlagKind.CASH_OVER_CAP)
    assert (cash.over, cash.fact_status) == (Money(1, "USD"), Status.VERIFIED_SECONDARY)


def test_us_anonymous_over_50() -> None:
    anonymous = donor(DonorKind.ANONYMOUS, fields=())
    assert not run(
        "us-fec", [gift(1, D(2025, 3, 1), "50.00", "USD", PaymentMethod.CASH)], anonymous
    )
    found = run("us-fec", [gift(1, D(2025, 3, 1), "50.01", "USD", PaymentMethod.CASH)], anonymous)
    assert kinds(found) == {(FlagKind.ANONYMOUS_OVER_CAP, "us.anonymous-over-50")}
    assert found[0].over == Money(1, "USD")


def test_us_anonymous_gifts_are_each_on_their_own() -> None:
    """Gifts of people no one knows do not add up: four of 120, 40, 45 and 45 dollars are
    not a contributor's 250 to itemize; the 120 in cash is 70 over the anonymous cap and
    nothing else (not also 20 over the cash cap: there is no one to give it back to)."""
    anonymous = donor(DonorKind.ANONYMOUS, fields=())
    gifts = [
        gift(1, D(2025, 10, 4), "120.00", "USD", PaymentMethod.CASH),
        gift(2, D(2025, 10, 21), "40.00", "USD", PaymentMethod.CASH),
        gift(3, D(2025, 11, 1), "45.00", "USD", PaymentMethod.CASH),
        gift(4, D(2025, 11, 8), "45.00", "USD", PaymentMethod.CASH),
    ]
    found = run("us-fec", gifts, anonymous)
    assert [(f.kind, f.donation_ids, f.over) for f in found] == [
        (FlagKind.ANONYMOUS_OVER_CAP, (1,), Money(7000, "USD"))
    ]
    # a gift over the itemization threshold is reported on its own, never added up
    big = [
        gift(1, D(2025, 3, 1), "250.00", "USD"),
        refund(2, D(2025, 3, 5), "100.00", "USD", of=1),
        gift(3, D(2025, 4, 1), "150.00", "USD"),
        gift(4, D(2025, 5, 1), "150.00", "USD"),
    ]
    found = run("us-fec", big, anonymous)
    reported = of(found, FlagKind.REPORTABLE)
    assert [(f.donation_ids, f.total) for f in reported] == [((1,), Money(25000, "USD"))]
    assert len({f.key for f in found}) == len(found)


def test_us_itemization_over_200_then_every_later_contribution() -> None:
    assert not run("us-fec", [gift(1, D(2025, 3, 1), "200.00", "USD")])
    gifts = [
        gift(1, D(2025, 3, 1), "150.00", "USD"),
        gift(2, D(2025, 4, 1), "50.01", "USD"),
        gift(3, D(2025, 5, 1), "5.00", "USD"),
        gift(4, D(2026, 1, 2), "5.00", "USD"),
    ]
    (flag,) = run("us-fec", gifts)
    assert (flag.kind, flag.rule_id, flag.period) == (FlagKind.REPORTABLE, "us.itemize", "2025")
    assert flag.donation_ids == (1, 2, 3)


def test_us_best_efforts_for_employer_and_occupation() -> None:
    who = donor(fields=("address",))
    assert not of(
        run("us-fec", [gift(1, D(2025, 3, 1), "200.00", "USD")], who), FlagKind.MISSING_INFORMATION
    )
    found = run("us-fec", [gift(1, D(2025, 3, 1), "200.01", "USD")], who)
    (missing,) = of(found, FlagKind.MISSING_INFORMATION)
    assert missing.rule_id == "us.best-efforts"
    assert missing.missing_fields == ("employer", "occupation")
    assert missing.deadline == D(2025, 3, 31)
    assert missing.fact_status is Status.UNCERTAIN


# ---------------------------------------------------------------- Canada
def test_ca_cap_boundaries_in_2025_and_2026() -> None:
    assert not of(run("ca", [gift(1, D(2025, 6, 1), "1750.00", "CAD")]), FlagKind.OVER_LIMIT)
    (over,) = of(run("ca", [gift(1, D(2025, 6, 1), "1750.01", "CAD")]), FlagKind.OVER_LIMIT)
    assert (over.over, over.limit) == (Money(1, "CAD"), Money(175000, "CAD"))
    assert over.fact_status is Status.VERIFIED_SECONDARY
    assert over.deadline is None
    assert over.deadline_from_awareness == 30
    assert not of(run("ca", [gift(1, D(2026, 6, 1), "1775.00", "CAD")]), FlagKind.OVER_LIMIT)
    (over,) = of(run("ca", [gift(1, D(2026, 6, 1), "1775.01", "CAD")]), FlagKind.OVER_LIMIT)
    assert (over.over, over.limit) == (Money(1, "CAD"), Money(177500, "CAD"))
    assert over.fact_status is Status.UNCERTAIN


def test_ca_each_year_judged_by_its_own_cap() -> None:
    gifts = [gift(1, D(2025, 12, 31), "1760.00", "CAD"), gift(2, D(2026, 1, 1), "1760.00", "CAD")]
    (over,) = of(run("ca", gifts), FlagKind.OVER_LIMIT)
    assert (over.period, over.over) == ("2025", money("10.00", "CAD"))
    (near,) = of(run("ca", gifts), FlagKind.NEAR_LIMIT)
    assert (near.period, near.limit, near.fact_status) == (
        "2026",
        Money(177500, "CAD"),
        Status.UNCERTAIN,
    )
    full = [gift(1, D(2025, 12, 31), "1750.00", "CAD"), gift(2, D(2026, 1, 1), "1775.00", "CAD")]
    assert not of(run("ca", full), FlagKind.OVER_LIMIT)


def test_ca_near_limit_at_90_percent() -> None:
    (near,) = of(run("ca", [gift(1, D(2025, 6, 1), "1575.00", "CAD")]), FlagKind.NEAR_LIMIT)
    assert near.fact_status is Status.VERIFIED_SECONDARY
    assert not of(run("ca", [gift(1, D(2025, 6, 1), "1574.99", "CAD")]), FlagKind.NEAR_LIMIT)


def test_ca_only_individuals() -> None:
    for kind in (
        DonorKind.COMPANY,
        DonorKind.UNION,
        DonorKind.ASSOCIATION,
        DonorKind.PARTY,
        DonorKind.OTHER,
        DonorKind.FOREIGN,
        DonorKind.PUBLIC_BODY,
    ):
        found = run("ca", [gift(1, D(2025, 6, 1), "5.00", "CAD")], donor(kind))
        (flag,) = found
        assert (flag.kind, flag.rule_id) == (
            FlagKind.PROHIBITED_SOURCE,
            "ca.prohibited.not-individual",
        )
        assert (flag.deadline, flag.deadline_from_awareness) == (None, 30)
    company_over = run("ca", [gift(1, D(2025, 6, 1), "5000.00", "CAD")], donor(DonorKind.COMPANY))
    assert not of(company_over, FlagKind.OVER_LIMIT)  # the cap is for individuals


def test_ca_cash_and_anonymous_over_20() -> None:
    assert not run("ca", [gift(1, D(2025, 6, 1), "20.00", "CAD", PaymentMethod.CASH)])
    (cash,) = run("ca", [gift(1, D(2025, 6, 1), "20.01", "CAD", PaymentMethod.CASH)])
    assert (cash.kind, cash.over) == (FlagKind.CASH_OVER_CAP, Money(1, "CAD"))
    anonymous = donor(DonorKind.ANONYMOUS, fields=())
    assert not run("ca", [gift(1, D(2025, 6, 1), "20.00", "CAD")], anonymous)
    (anon,) = run("ca", [gift(1, D(2025, 6, 1), "20.01", "CAD")], anonymous)
    assert (anon.kind, anon.over) == (FlagKind.ANONYMOUS_OVER_CAP, Money(1, "CAD"))


def test_ca_named_contributor_over_200_is_uncertain() -> None:
    assert not of(run("ca", [gift(1, D(2025, 6, 1), "200.00", "CAD")]), FlagKind.REPORTABLE)
    (flag,) = of(run("ca", [gift(1, D(2025, 6, 1), "200.01", "CAD")]), FlagKind.REPORTABLE)
    assert flag.fact_status is Status.UNCERTAIN


def test_ca_refund_cures_the_excess() -> None:
    gifts = [
        gift(1, D(2025, 6, 1), "1800.00", "CAD"),
        refund(2, D(2025, 6, 20), "50.00", "CAD", of=1),
    ]
    assert not of(run("ca", gifts), FlagKind.OVER_LIMIT)
    gifts = [
        gift(1, D(2025, 6, 1), "1800.00", "CAD"),
        refund(2, D(2025, 6, 20), "49.99", "CAD", of=1),
    ]
    (over,) = of(run("ca", gifts), FlagKind.OVER_LIMIT)
    assert over.over == Money(1, "CAD")


def test_ca_other_currency_is_never_added() -> None:
    found = run("ca", [gift(1, D(2025, 6, 1), "5000.00", "USD")])
    assert [(f.kind, f.rule_id) for f in found] == [
        (FlagKind.MISSING_INFORMATION, "treasurer.currency")
    ]


# ---------------------------------------------------------------- custom template
def test_custom_template_rules_fire_at_their_placeholders() -> None:
    assert not of(run("custom", [gift(1, D(2025, 6, 1), "1300.00", "EUR")]), FlagKind.OVER_LIMIT)
    (over,) = of(run("custom", [gift(1, D(2025, 6, 1), "1300.01", "EUR")]), FlagKind.OVER_LIMIT)
    assert (over.over, over.fact_status) == (Money(1, "EUR"), Status.UNCERTAIN)
    (over,) = of(run("custom", [gift(1, D(2024, 6, 1), "1234.01", "EUR")]), FlagKind.OVER_LIMIT)
    assert over.limit == Money(123400, "EUR")
