"""The flags screen: what the rules found, most urgent first. Each flag shows its
explanation, the donations that add up to it and its deadline; buttons record the
remedy (refund, return, reattribution, permissibility check) or dismiss it with a
reason (undoable)."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import TreasurerError, UserError
from treasurer.core.model import Donation, EntryType
from treasurer.core.money import Money
from treasurer.services import compliance
from treasurer.services.browse import donations_by_ids, search_donors, sort_by_urgency
from treasurer.services.ledger import Ledger
from treasurer.ui import errors
from treasurer.ui.commands import dismiss_command
from treasurer.ui.donations_page import method_names
from treasurer.ui.formatting import format_amount, isolate
from treasurer.ui.i18n import current_language

_ID = Qt.ItemDataRole.UserRole


def severity_name(severity: str) -> str:
    return {
        "error": QCoreApplication.translate("Severity", "Error"),
        "warning": QCoreApplication.translate("Severity", "Warning"),
        "info": QCoreApplication.translate("Severity", "To know"),
    }.get(severity, severity)


def severity_icon(widget: QWidget, severity: str) -> Any:
    pixmap = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return widget.style().standardIcon(pixmap)


class RemedyDialog(QDialog):
    """The fields of one remedy, filled with sensible defaults."""

    def __init__(
        self,
        kind: str,
        flag: dict[str, Any],
        donations: list[Donation],
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        titles = {
            "refund": self.tr("Record a refund"),
            "return": self.tr("Record a return"),
            "reattribute": self.tr("Reattribute part of a donation"),
            "check": self.tr("Record a permissibility check"),
            "dismiss": self.tr("Dismiss the flag"),
        }
        self.setWindowTitle(titles[kind])
        form = QFormLayout(self)
        explanation = QLabel(flag["message"], self)
        explanation.setWordWrap(True)
        form.addRow(explanation)
        today = dt.date.today().isoformat()
        self.donation = QComboBox(self)
        gifts = [d for d in donations if d.entry_type is EntryType.DONATION]
        for d in gifts:
            self.donation.addItem(
                f"{d.received_on.isoformat()} · {format_amount(d.amount, locale)} · #{d.id}", d.id
            )
        if gifts:
            self.donation.setCurrentIndex(len(gifts) - 1)  # the latest crossed the line
        self.amount = QLineEdit(self)
        over = flag.get("amount_over")
        whole = flag["kind"] in ("prohibited_source", "anonymous_over_cap")
        if over and not whole:
            self.amount.setText(over)
        elif gifts:
            self.amount.setText(gifts[-1].amount.amount)
        self.date = QLineEdit(today, self)
        self.reason = QLineEdit(self)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("name of the person it goes to"))
        self.method = QLineEdit("electoral-register", self)
        self.permissible = QCheckBox(self.tr("The donor may give"), self)
        self.permissible.setChecked(True)
        self.evidence = QLineEdit(self)
        if kind in ("refund", "return", "reattribute"):
            form.addRow(self.tr("&Donation:"), self.donation)
            form.addRow(self.tr("&Amount:"), self.amount)
            form.addRow(self.tr("D&ate:"), self.date)
        if kind == "reattribute":
            form.addRow(self.tr("&To donor:"), self.target)
        if kind in ("refund", "return", "reattribute", "dismiss"):
            form.addRow(self.tr("&Reason:"), self.reason)
        if kind == "check":
            form.addRow(self.tr("D&ate:"), self.date)
            form.addRow(self.tr("&How:"), self.method)
            form.addRow(self.permissible)
            form.addRow(self.tr("&Evidence:"), self.evidence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "donation_id": self.donation.currentData(),
            "amount": self.amount.text(),
            "date": self.date.text(),
            "reason": self.reason.text(),
            "target": self.target.text(),
            "method": self.method.text(),
            "permissible": self.permissible.isChecked(),
            "evidence": self.evidence.text(),
        }


class FlagsPage(QWidget):
    """Signals:
    changed(): a remedy or a dismissal was recorded.
    donor_activated(int): show this donor."""

    changed = Signal()
    donor_activated = Signal(int)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._ledger: Ledger | None = None
        self.flags: list[dict[str, Any]] = []
        self._stale = True
        self.contributing: list[Donation] = []

        self.status = QComboBox(self)
        for value, text in (
            ("open", self.tr("Open")),
            ("dismissed", self.tr("Dismissed")),
            ("resolved", self.tr("Resolved")),
            ("all", self.tr("All")),
        ):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel(self)
        top = QHBoxLayout()
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.status)
        top.addWidget(show)
        top.addWidget(self.status)
        top.addWidget(self.count, 1)

        self.list = QTreeWidget(self)
        self.list.setObjectName("flags")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Severity"),
                self.tr("Deadline"),
                self.tr("Donor"),
                self.tr("Rule"),
                self.tr("Over by"),
                self.tr("Status"),
            ]
        )
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())

        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setOpenLinks(False)
        self.donations = QTreeWidget(self)
        self.donations.setObjectName("contributing")
        self.donations.setRootIsDecorated(False)
        self.donations.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Method"),
                self.tr("Reference"),
                self.tr("Entry"),
            ]
        )
        self.donations.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for kind, text in (
            ("refund", self.tr("Record &refund…")),
            ("return", self.tr("Record re&turn…")),
            ("reattribute", self.tr("Re&attribute…")),
            ("check", self.tr("Record &check…")),
            ("dismiss", self.tr("&Dismiss…")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, k=kind: self.remedy(k))
            actions.addWidget(button)
            self.buttons[kind] = button
        donor = QPushButton(self.tr("Show &donor"), self)
        donor.clicked.connect(self._show_donor)
        actions.addWidget(donor)
        actions.addStretch(1)
        self.done = QLabel(self)
        self.done.setObjectName("done")
        self.done.setWordWrap(True)

        details = QWidget(self)
        right = QVBoxLayout(details)
        right.addWidget(self.explanation, 2)
        right.addWidget(QLabel(self.tr("Contributing donations:"), self))
        right.addWidget(self.donations, 2)
        right.addLayout(actions)
        right.addWidget(self.done)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(details)
        split.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._enable(None)

    # ------------------------------------------------------------ public
    def set_ledger(self, ledger: Ledger | None) -> None:
        self._ledger = ledger
        self.done.clear()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the flags again: now if the screen is shown, else when it next is (a big
        ledger may hold thousands, each explained in the window's language)."""
        if not self.isVisible():
            self._stale = True
            self.list.clear()
            self.flags = []
            return
        self._stale = False
        self.list.clear()
        self.flags = []
        if self._ledger is None:
            self._show_current()
            return
        try:
            flags = compliance.list_flags(
                self._ledger, status=self.status.currentData(), language=current_language()
            )
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return
        self.flags = sort_by_urgency(flags)
        for flag in self.flags:
            over = ""
            if flag["amount_over"] and flag["currency"]:
                over = format_amount(
                    Money.from_decimal(flag["amount_over"], flag["currency"]), self._locale
                )
            item = QTreeWidgetItem(
                [
                    severity_name(flag["severity"]),
                    flag["deadline"] or "",
                    flag["donor_name"] or "",
                    flag["rule_id"],
                    over,
                    self._status_name(flag["status"]),
                ]
            )
            item.setIcon(0, severity_icon(self, flag["severity"]))
            item.setToolTip(3, flag["message"])
            item.setData(0, _ID, flag["id"])
            self.list.addTopLevelItem(item)
        self.count.setText(self.tr("%Ln flag(s)", "", len(self.flags)))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._show_current()

    def select(self, flag_id: int) -> bool:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, _ID) == flag_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def current(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        flag_id = item.data(0, _ID)
        return next((f for f in self.flags if f["id"] == flag_id), None)

    def remedy(self, kind: str) -> None:
        """Ask for the remedy's details, then record it."""
        flag = self.current()
        if flag is None:
            return
        values = self.ask(kind, flag)
        if values is not None:
            self.apply(kind, flag, values)

    def ask(self, kind: str, flag: dict[str, Any]) -> dict[str, Any] | None:
        dialog = RemedyDialog(kind, flag, self.contributing, self._locale, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()

    def apply(self, kind: str, flag: dict[str, Any], values: dict[str, Any]) -> bool:
        """Record a remedy through the services; returns whether it was recorded."""
        ledger = self._ledger
        if ledger is None:
            return False
        try:
            if kind in ("refund", "return"):
                result = compliance.record_refund(
                    ledger,
                    int(values["donation_id"]),
                    amount=values["amount"],
                    date=values["date"],
                    entry_type=EntryType.REFUND if kind == "refund" else EntryType.RETURN,
                    reason=values.get("reason") or None,
                )
            elif kind == "reattribute":
                hits = search_donors(ledger, values.get("target", ""), limit=2)
                if len(hits) != 1:
                    raise UserError("name one donor of the ledger to reattribute to")
                result = compliance.record_reattribution(
                    ledger,
                    int(values["donation_id"]),
                    to_donor_id=int(hits[0].id),
                    amount=values["amount"],
                    date=values["date"],
                    reason=values.get("reason") or None,
                )
            elif kind == "check":
                if flag["donor_id"] is None:
                    return False
                result = compliance.record_check(
                    ledger,
                    int(flag["donor_id"]),
                    date=values["date"],
                    permissible=bool(values["permissible"]),
                    method=values["method"],
                    evidence=values.get("evidence") or None,
                )
            elif kind == "dismiss":
                window = self.window()
                command = dismiss_command(
                    ledger,
                    int(flag["id"]),
                    reason=values.get("reason", ""),
                    text=self.tr("Dismiss flag {id}").format(id=flag["id"]),
                    changed=self.changed.emit,
                    on_error=lambda exc: errors.show_error(self, exc),
                )
                push = getattr(window, "push_command", None)
                if push is not None:
                    push(command)
                else:
                    self.changed.emit()
                self.done.setText(self.tr("Flag dismissed. Undo with Ctrl+Z."))
                return True
            else:
                raise ValueError(kind)
        except (TreasurerError, ValueError) as exc:
            errors.show_error(self, exc)
            return False
        resolved = len(result.get("flags_resolved", []))
        raised = len(result.get("flags_raised", []))
        self.done.setText(
            self.tr("Recorded. Flags resolved: {resolved}; raised: {raised}.").format(
                resolved=resolved, raised=raised
            )
        )
        self.changed.emit()
        return True

    # ------------------------------------------------------------ private
    def _status_name(self, status: str) -> str:
        return {
            "open": self.tr("Open"),
            "dismissed": self.tr("Dismissed"),
            "resolved": self.tr("Resolved"),
        }.get(status, status)

    def _enable(self, flag: dict[str, Any] | None) -> None:
        is_open = flag is not None and flag["status"] == "open"
        for button in self.buttons.values():
            button.setEnabled(is_open)
        if flag is not None and is_open:
            self.buttons["check"].setEnabled(flag["kind"] == "permissibility_check")
            self.buttons["reattribute"].setEnabled(flag["kind"] == "over_limit")

    def _show_current(self) -> None:
        flag = self.current()
        self._enable(flag)
        self.donations.clear()
        self.contributing = []
        if flag is None:
            self.explanation.setHtml(
                "<p>" + html.escape(self.tr("No flag is selected.")) + "</p>"
                if self.flags
                else "<p>"
                + html.escape(self.tr("Nothing to show: no rule flags anything here."))
                + "</p>"
            )
            return
        e = html.escape
        parts = [
            f"<p><b>{e(severity_name(flag['severity']))}</b> · {e(flag['rule_id'])}</p>",
            f"<p>{e(flag['message'])}</p>",
        ]
        if flag["deadline"]:
            parts.append(
                "<p>"
                + e(self.tr("Deadline: {date}").format(date=isolate(flag["deadline"])))
                + "</p>"
            )
        if flag["resolution"]:
            parts.append("<p><i>" + e(flag["resolution"]) + "</i></p>")
        self.explanation.setHtml("".join(parts))
        if self._ledger is None:
            return
        try:
            self.contributing = donations_by_ids(self._ledger, flag["donation_ids"])
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return
        methods = method_names()
        entries = {
            EntryType.DONATION: self.tr("donation"),
            EntryType.REFUND: self.tr("refund"),
            EntryType.RETURN: self.tr("return"),
        }
        for d in self.contributing:
            item = QTreeWidgetItem(
                [
                    d.received_on.isoformat(),
                    format_amount(d.amount, self._locale),
                    methods.get(d.method, d.method.value),
                    d.reference or "",
                    entries.get(d.entry_type, d.entry_type.value),
                ]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.donations.addTopLevelItem(item)

    def _show_donor(self) -> None:
        flag = self.current()
        if flag is not None and flag["donor_id"] is not None:
            self.donor_activated.emit(int(flag["donor_id"]))
