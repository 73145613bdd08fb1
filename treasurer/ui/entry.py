"""The entry form, keyboard first: a donation per line of work.

The date starts at today; the donor field proposes donors of the ledger as one types
(any word of the name, or the e-mail); a name nobody has is a new donor, whose
details can be typed in the same form. Before saving, the form shows the donor's
total for the period against the cap and every flag the donation would raise, with
the rule and the remedy. Ctrl+Enter saves and keeps the form open for the next one.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import TreasurerError
from treasurer.core.model import DonorKind, PaymentMethod
from treasurer.services.browse import DonationPreview, preview_donation, search_donors
from treasurer.services.ledger import AddResult, DonationRequest, Ledger, list_units
from treasurer.ui.donations_page import method_names
from treasurer.ui.errors import sentence
from treasurer.ui.formatting import format_amount, isolate
from treasurer.ui.i18n import current_language, say

_DONOR_ID = Qt.ItemDataRole.UserRole + 1
_NAME = Qt.ItemDataRole.UserRole + 2
_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#9a6700", "info": "#0b57d0"}


def kind_names() -> dict[DonorKind, str]:
    translate = QCoreApplication.translate
    return {
        DonorKind.INDIVIDUAL: translate("DonorKind", "Individual"),
        DonorKind.COMPANY: translate("DonorKind", "Company"),
        DonorKind.UNION: translate("DonorKind", "Trade union"),
        DonorKind.ASSOCIATION: translate("DonorKind", "Association"),
        DonorKind.PARTY: translate("DonorKind", "Political party"),
        DonorKind.PUBLIC_BODY: translate("DonorKind", "Public body"),
        DonorKind.FOREIGN: translate("DonorKind", "Foreign"),
        DonorKind.ANONYMOUS: translate("DonorKind", "Anonymous"),
        DonorKind.OTHER: translate("DonorKind", "Other"),
    }


class EntryDialog(QDialog):
    """Signals:
    saved(object): an ``AddResult``; the window records it (undo) and refreshes."""

    saved = Signal(object)

    def __init__(
        self,
        ledger: Ledger,
        locale: QLocale,
        save: Any,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        """``save(request) -> AddResult`` records the donation (the window's undoable
        command); errors it raises are shown in the form."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New donation"))
        self._ledger = ledger
        self._locale = locale
        self._save = save
        self._today = today or dt.date.today()
        self._donor_id: int | None = None
        self._chosen_name: str | None = None
        self.preview: DonationPreview | None = None
        self.last_result: AddResult | None = None

        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        # An ISO date reads left to right in every language; set before the format, or
        # right to left the sections come out reversed ("23-11-2026").
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.date.setMaximumDate(QDate(self._today.year, self._today.month, self._today.day))
        self.donor = QLineEdit(self)
        self.donor.setObjectName("donor")
        self.donor.setPlaceholderText(
            self.tr("Type a name or an e-mail; a new name is a new donor")
        )
        self.hits = QStandardItemModel(self)
        self.completer = QCompleter(self.hits, self)
        # The database already chose the donors: the completer must not filter them again
        # (it would drop "محمد العلمي" for "moh", found by his e-mail).
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(_NAME)
        self.completer.activated.connect(self._chose_text)
        self.donor.setCompleter(self.completer)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(format_amount_example(locale))
        self.method = QComboBox(self)
        for method, name in method_names().items():
            self.method.addItem(name, method.value)
        self.method.setCurrentIndex(self.method.findData(PaymentMethod.TRANSFER.value))
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("headquarters (no unit)"), None)
        for unit in list_units(ledger):
            self.unit.addItem(unit.name, unit.name)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("cheque number, bank reference…"))
        self.notes = QLineEdit(self)

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("D&onor:"), self.donor)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("N&otes:"), self.notes)

        self.details = QGroupBox(self.tr("New donor's details"), self)
        self.details.setObjectName("details")
        self.kind = QComboBox(self)
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.city = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("FR, MA, GB…"))
        details = QFormLayout(self.details)
        details.addRow(self.tr("&Kind:"), self.kind)
        details.addRow(self.tr("&E-mail:"), self.email)
        details.addRow(self.tr("Add&ress:"), self.address)
        details.addRow(self.tr("&Postcode:"), self.postcode)
        details.addRow(self.tr("&City:"), self.city)
        details.addRow(self.tr("Cou&ntry:"), self.country)
        self.details.hide()

        self.check = QTextBrowser(self)
        self.check.setObjectName("check")
        self.check.setMinimumHeight(150)
        self.check.setOpenLinks(False)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("result")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)

        buttons = QDialogButtonBox(self)
        self.save_new = QPushButton(self.tr("Save and &next (Ctrl+Enter)"), self)
        self.save_new.setDefault(True)
        self.save_close = QPushButton(self.tr("&Save and close"), self)
        buttons.addButton(self.save_new, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_close, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_new.clicked.connect(self.save_and_next)
        self.save_close.clicked.connect(self._save_and_close)
        buttons.rejected.connect(self.reject)
        self.shortcuts = [
            QShortcut(QKeySequence(keys), self, self.save_and_next)
            for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.details)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Before saving:"), self))
        right.addWidget(self.check, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(900, 480)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.search)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.update_preview)
        self.donor.textEdited.connect(self._donor_typed)
        for edit in (self.amount, self.email, self.postcode, self.country, self.address, self.city):
            edit.textChanged.connect(lambda _t: self._preview_timer.start())
        self.date.dateChanged.connect(lambda _d: self._preview_timer.start())
        for combo in (self.method, self.kind, self.unit):
            combo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        self.donor.setFocus()
        self.update_preview()

    # ------------------------------------------------------------ donor search
    def _donor_typed(self, text: str) -> None:
        if self._chosen_name is not None and text != self._chosen_name:
            self._donor_id, self._chosen_name = None, None
        self._search_timer.start()
        self._preview_timer.start()

    def search(self) -> None:
        """Propose the ledger's donors that the typed text finds."""
        self._search_timer.stop()
        text = self.donor.text()
        self.hits.clear()
        try:
            hits = search_donors(self._ledger, text, limit=12) if text.strip() else []
        except TreasurerError:
            hits = []
        for hit in hits:
            extra = ", ".join(p for p in (hit.city, hit.email) if p)
            shown = f"{hit.name} — {extra}" if extra else hit.name
            if hit.alias:
                shown += " " + self.tr("(also {alias})").format(alias=hit.alias)
            item = QStandardItem(shown)
            item.setData(hit.name, _NAME)
            item.setData(int(hit.id), _DONOR_ID)
            self.hits.appendRow(item)
        if hits and self.donor.hasFocus():
            self.completer.complete()

    def proposals(self) -> list[str]:
        """The names the donor field proposes now (for tests and screen readers)."""
        return [
            str(self.hits.item(r).data(Qt.ItemDataRole.DisplayRole))
            for r in range(self.hits.rowCount())
        ]

    def choose(self, row: int) -> None:
        """Take the ``row``-th proposal as the donor (as a click in the list does)."""
        item = self.hits.item(row)
        self._donor_id = int(item.data(_DONOR_ID))
        self._chosen_name = str(item.data(_NAME))
        self.donor.setText(self._chosen_name)
        self.update_preview()

    def _chose_text(self, shown: str) -> None:
        for row in range(self.hits.rowCount()):
            item = self.hits.item(row)
            if shown in (item.data(_NAME), item.data(Qt.ItemDataRole.DisplayRole)):
                self.choose(row)
                return

    # ------------------------------------------------------------ preview and save
    def request(self) -> DonationRequest:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        new_donor = self._donor_id is None
        return DonationRequest(
            date=self.date.date().toString("yyyy-MM-dd"),
            donor=self.donor.text(),
            amount=self.amount.text(),
            kind=self.kind.currentData() if new_donor else None,
            method=self.method.currentData(),
            email=text(self.email) if new_donor else None,
            address=text(self.address) if new_donor else None,
            postcode=text(self.postcode) if new_donor else None,
            city=text(self.city) if new_donor else None,
            country=text(self.country) if new_donor else None,
            reference=text(self.reference),
            unit=self.unit.currentData(),
            notes=text(self.notes),
            donor_id=self._donor_id,
        )

    def update_preview(self) -> None:
        """Say what saving would do: whose donation, their total against the cap, flags."""
        self._preview_timer.stop()
        if not self.donor.text().strip() or not self.amount.text().strip():
            self.preview = None
            self.details.setVisible(
                bool(self.donor.text().strip()) and self._donor_id is None and self._is_new_name()
            )
            self.check.setHtml(
                "<p>"
                + html.escape(
                    self.tr(
                        "Type the donor and the amount to see the donor's total and the rules' verdict."
                    )
                )
                + "</p>"
            )
            return
        try:
            preview = preview_donation(
                self._ledger, self.request(), today=self._today, language=current_language()
            )
        except (TreasurerError, ValueError) as exc:
            self.preview = None
            problem = html.escape(sentence(say(exc), full_stop=False))
            self.check.setHtml(f"<p style='color:#b3261e'>{problem}</p>")
            return
        self.preview = preview
        self.details.setVisible(preview.new_donor)
        self.check.setHtml(self._preview_html(preview))

    def _is_new_name(self) -> bool:
        return self.hits.rowCount() == 0

    def _preview_html(self, preview: DonationPreview) -> str:
        e = html.escape
        parts = []
        if preview.new_donor:
            parts.append(
                "<p><b>"
                + e(self.tr("New donor: {name}").format(name=preview.donor_name))
                + "</b></p>"
            )
        else:
            parts.append(
                "<p><b>" + e(self.tr("Donor: {name}").format(name=preview.donor_name)) + "</b></p>"
            )
        if preview.unchecked:
            parts.append(
                "<p>"
                + e(self.tr("No rule is checked: the profile counts in another currency."))
                + "</p>"
            )
        if preview.cap is not None and preview.total_after is not None:
            assert preview.total_before is not None
            over = preview.total_after > preview.cap
            colour = "#b3261e" if over else "inherit"
            parts.append(
                f"<p style='color:{colour}'>"
                + e(
                    self.tr("Total in {period}: {before} → {after}, cap {cap}").format(
                        period=preview.period,
                        before=isolate(self._money(preview.total_before)),
                        after=isolate(self._money(preview.total_after)),
                        cap=isolate(self._money(preview.cap)),
                    )
                )
                + "</p>"
            )
        if not preview.flags and not preview.unchecked:
            parts.append("<p>" + e(self.tr("No rule would flag this donation.")) + "</p>")
        for flag in preview.flags:
            colour = _SEVERITY_COLOURS.get(flag.severity, "inherit")
            head = self.tr("Would raise: {title}") if flag.new else self.tr("Still open: {title}")
            parts.append(
                f"<p><b style='color:{colour}'>"
                + e(head.format(title=flag.title))
                + "</b><br>"
                + e(flag.message)
                + "</p>"
            )
        return "".join(parts)

    def _money(self, money: Any) -> str:
        return format_amount(money, self._locale, currency=True)

    def save_and_next(self) -> bool:
        """Save; keep the form open with the date and method, ready for the next donation."""
        if not self._save_now():
            return False
        for edit in (
            self.donor,
            self.amount,
            self.reference,
            self.notes,
            self.email,
            self.address,
            self.postcode,
            self.city,
            self.country,
        ):
            edit.clear()
        self._donor_id, self._chosen_name = None, None
        self.hits.clear()
        self.update_preview()
        self.donor.setFocus()
        return True

    def _save_and_close(self) -> None:
        if self._save_now():
            self.accept()

    def _save_now(self) -> bool:
        try:
            result: AddResult = self._save(self.request())
        except (TreasurerError, ValueError) as exc:
            problem = html.escape(sentence(say(exc), full_stop=False))
            self.outcome.setText(f"<span style='color:#b3261e'>{problem}</span>")
            return False
        self.last_result = result
        e = html.escape
        text = e(
            self.tr("Saved: {amount} from {donor}.").format(
                amount=isolate(self._money(result.amount)), donor=result.donor_name
            )
        )
        for flag in result.flags:
            colour = _SEVERITY_COLOURS.get(flag["severity"], "inherit")
            text += (
                f"<br><b style='color:{colour}'>"
                + e(self.tr("Flag raised:"))
                + "</b> "
                + e(flag["message"])
            )
        self.outcome.setText(text)
        self.saved.emit(result)
        return True


def format_amount_example(locale: QLocale) -> str:
    return QLocale(locale).toString(1234) + QLocale(locale).decimalPoint() + "50"
