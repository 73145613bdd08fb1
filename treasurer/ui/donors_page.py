"""The donor screen: find a donor; see their details, every donation, refund and return,
totals per year and flags; correct or complete their details; merge another record of
the same person into them, after a preview of what the merge changes."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import TreasurerError
from treasurer.core.names import normalise_name
from treasurer.services.audit import audit_log
from treasurer.services.browse import (
    DonorHit,
    DonorRecord,
    MergePreview,
    donor_record,
    merge_preview,
    search_donors,
)
from treasurer.services.compliance import merge_donors, unmerge_donors
from treasurer.services.donors import EDITABLE, edit_donor
from treasurer.services.ledger import Ledger
from treasurer.ui import errors
from treasurer.ui.commands import LedgerCommand
from treasurer.ui.donations_page import method_names
from treasurer.ui.entry import kind_names
from treasurer.ui.flags_page import severity_icon, severity_name
from treasurer.ui.formatting import format_amount, isolate
from treasurer.ui.i18n import current_language, say

_ID = Qt.ItemDataRole.UserRole


def _hit_text(hit: DonorHit) -> str:
    extra = ", ".join(p for p in (hit.city, hit.email) if p)
    return f"{hit.name} — {extra}" if extra else hit.name


class DonorSearch(QWidget):
    """A search field and the donors it finds."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger: Ledger | None = None
        self.field = QLineEdit(self)
        self.field.setObjectName("donor_search")
        self.field.setPlaceholderText(self.tr("Find a donor by name or e-mail"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.search)
        self.results.currentItemChanged.connect(self._current)

    def set_ledger(self, ledger: Ledger | None) -> None:
        self._ledger = ledger
        self.results.clear()

    def search(self) -> None:
        self._timer.stop()
        self.results.clear()
        if self._ledger is None or not normalise_name(self.field.text()):
            return
        try:
            hits = search_donors(self._ledger, self.field.text(), limit=200)
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return
        for hit in hits:
            item = QListWidgetItem(_hit_text(hit))
            item.setData(_ID, int(hit.id))
            self.results.addItem(item)

    def _current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(int(item.data(_ID)))


class MergeDialog(QDialog):
    """Choose the other record of the same person; see what merging would change."""

    def __init__(
        self, ledger: Ledger, keep_id: int, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge another donor into this one"))
        self._ledger = ledger
        self._keep = keep_id
        self._locale = locale
        self.other_id: int | None = None
        self.preview: MergePreview | None = None
        self.search = DonorSearch(self)
        self.search.set_ledger(ledger)
        self.search.chosen.connect(self.choose)
        self.text = QTextBrowser(self)
        self.text.setObjectName("merge_preview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The other record of the same person:"), self))
        split = QHBoxLayout()
        split.addWidget(self.search, 1)
        split.addWidget(self.text, 2)
        layout.addLayout(split)
        layout.addWidget(self.buttons)
        self.resize(820, 420)

    def choose(self, other_id: int) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            preview = merge_preview(self._ledger, self._keep, other_id, language=current_language())
        except TreasurerError as exc:
            self.preview, self.other_id = None, None
            self.text.setPlainText(say(exc))
            ok.setEnabled(False)
            return
        self.preview, self.other_id = preview, other_id
        e = html.escape
        parts = [
            "<p><b>"
            + e(
                self.tr("{other} (#{other_id}) becomes part of {keep} (#{keep_id}).").format(
                    other=preview.other_name,
                    other_id=preview.other_id,
                    keep=preview.keep_name,
                    keep_id=preview.keep_id,
                )
            )
            + "</b></p>",
            "<p>" + e(self.tr("Donations moved: {n}").format(n=preview.donations_moved)) + "</p>",
            "<p>"
            + e(self.tr("Totals after the merge:"))
            + "<br>"
            + "<br>".join(
                e(f"{t.year}: {isolate(format_amount(t.total, self._locale, currency=True))}")
                for t in preview.totals_after
            )
            + "</p>",
        ]
        new = [f for f in preview.flags_after if f.new]
        if new:
            parts.append("<p><b>" + e(self.tr("Flags the merge would raise:")) + "</b></p>")
            parts += [f"<p>{e(f.message)}</p>" for f in new]
        else:
            parts.append("<p>" + e(self.tr("The merge raises no new flag.")) + "</p>")
        self.text.setHtml("".join(parts))
        ok.setEnabled(True)


class DonorEditDialog(QDialog):
    """A donor's details, to correct or complete: saved when accepted (an error keeps
    the dialog open with what was typed)."""

    def __init__(self, ledger: Ledger, record: DonorRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the donor's details"))
        self._ledger = ledger
        self._id = int(record.donor.id)
        details = record.donor.details
        #: the details as they were, as text (what an undo puts back)
        self.before = {name: getattr(details, name) or "" for name in EDITABLE if name != "kind"}
        self.before["kind"] = details.kind.value
        self.saved: dict[str, object] | None = None
        self.changes: dict[str, str] = {}
        self.kind = QComboBox(self)
        self.kind.setObjectName("edit_kind")
        for kind, label in kind_names().items():
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(details.kind.value))
        labels = {
            "name": self.tr("N&ame:"),
            "address": self.tr("Add&ress:"),
            "postcode": self.tr("&Postcode:"),
            "city": self.tr("&City:"),
            "country": self.tr("Cou&ntry:"),
            "email": self.tr("&E-mail:"),
            "employer": self.tr("Emplo&yer:"),
            "occupation": self.tr("&Occupation:"),
        }
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in EDITABLE:
            if name == "kind":
                form.addRow(self.tr("&Kind:"), self.kind)
                continue
            line = self.fields[name] = QLineEdit(self.before[name], self)
            line.setObjectName(f"edit_{name}")
            form.addRow(labels[name], line)
        self.error = QLabel(self)
        self.error.setObjectName("edit_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a8071a")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def save(self) -> None:
        """Save what was changed; on an error, say it and stay open."""
        typed = {name: line.text() for name, line in self.fields.items()}
        typed["kind"] = str(self.kind.currentData())
        self.changes = {n: v for n, v in typed.items() if v != self.before[n]}
        if not self.changes:
            self.reject()
            return
        try:
            self.saved = edit_donor(self._ledger, self._id, self.changes)
        except TreasurerError as exc:
            self.error.setText(say(exc))
            return
        self.accept()


#: What each action of the audit trail did, in words (translated in the context
#: "AuditAction"); an action not listed is shown as its id.
_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("AuditAction", "added"),
    "edit": QT_TRANSLATE_NOOP("AuditAction", "edited"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "deleted"),
    "merge": QT_TRANSLATE_NOOP("AuditAction", "merged"),
    "override": QT_TRANSLATE_NOOP("AuditAction", "rule overridden"),
    "reattribute": QT_TRANSLATE_NOOP("AuditAction", "reattributed"),
    "refund": QT_TRANSLATE_NOOP("AuditAction", "refund"),
    "return": QT_TRANSLATE_NOOP("AuditAction", "return"),
    "audit.baseline": QT_TRANSLATE_NOOP("AuditAction", "audit trail started"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditAction", "demo data generated"),
    "donation.add": QT_TRANSLATE_NOOP("AuditAction", "donation recorded"),
    "donation.amend": QT_TRANSLATE_NOOP("AuditAction", "closed period amended"),
    "donation.edit": QT_TRANSLATE_NOOP("AuditAction", "donation corrected"),
    "donation.delete": QT_TRANSLATE_NOOP("AuditAction", "donation deleted"),
    "donation.override": QT_TRANSLATE_NOOP("AuditAction", "rule overridden for a donation"),
    "donation.reattribute": QT_TRANSLATE_NOOP("AuditAction", "donation reattributed"),
    "donation.refund": QT_TRANSLATE_NOOP("AuditAction", "refund recorded"),
    "donation.return": QT_TRANSLATE_NOOP("AuditAction", "return recorded"),
    "donor.add": QT_TRANSLATE_NOOP("AuditAction", "donor created"),
    "donor.update": QT_TRANSLATE_NOOP("AuditAction", "donor's details changed"),
    "donor.complete": QT_TRANSLATE_NOOP("AuditAction", "donor's details completed by an import"),
    "donor.merge": QT_TRANSLATE_NOOP("AuditAction", "donors merged"),
    "donor.unmerge": QT_TRANSLATE_NOOP("AuditAction", "merge undone"),
    "donor.company_number": QT_TRANSLATE_NOOP("AuditAction", "company number recorded"),
    "donor.consent": QT_TRANSLATE_NOOP("AuditAction", "consent recorded"),
    "donor.declare_other_gifts": QT_TRANSLATE_NOOP(
        "AuditAction", "gifts to other parties declared"
    ),
    "donor.export": QT_TRANSLATE_NOOP("AuditAction", "donor's data exported"),
    "donor.permissibility_check": QT_TRANSLATE_NOOP("AuditAction", "permissibility check recorded"),
    "donor.pseudonymise": QT_TRANSLATE_NOOP("AuditAction", "donor pseudonymised"),
    "flag.reopen": QT_TRANSLATE_NOOP("AuditAction", "flag reopened"),
    "import.commit": QT_TRANSLATE_NOOP("AuditAction", "file imported"),
    "import.undo": QT_TRANSLATE_NOOP("AuditAction", "import undone"),
    "ledger.create": QT_TRANSLATE_NOOP("AuditAction", "ledger created"),
    "office.ack": QT_TRANSLATE_NOOP("AuditAction", "office bundle acknowledged"),
    "office.export": QT_TRANSLATE_NOOP("AuditAction", "office bundle exported"),
    "office.import": QT_TRANSLATE_NOOP("AuditAction", "office bundle imported"),
    "office.init": QT_TRANSLATE_NOOP("AuditAction", "field office set up"),
    "period.close": QT_TRANSLATE_NOOP("AuditAction", "period closed"),
    "receipt.issue": QT_TRANSLATE_NOOP("AuditAction", "receipt issued"),
    "receipt.issuer": QT_TRANSLATE_NOOP("AuditAction", "receipt issuer set"),
    "receipt.void": QT_TRANSLATE_NOOP("AuditAction", "receipt voided"),
    "receipt_range.add": QT_TRANSLATE_NOOP("AuditAction", "receipt numbers added"),
    "settings.update": QT_TRANSLATE_NOOP("AuditAction", "settings changed"),
    "unit.add": QT_TRANSLATE_NOOP("AuditAction", "accounting unit added"),
}


def action_words(action: str) -> str:
    """An audit action in the window's words (its id if it has none)."""
    words = _ACTIONS.get(action)
    return QCoreApplication.translate("AuditAction", str(words)) if words else action


def _change(before: object, after: object) -> str:
    """``field: old → new`` for what an audit entry changed (values as recorded)."""
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    parts = []
    for key in [*old, *(k for k in new if k not in old)]:
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key not in old:
            parts.append(f"{key}: {b}")
        elif key not in new:
            parts.append(f"{key}: {a} →")
        else:
            parts.append(f"{key}: {a} → {b}")
    return isolate("; ".join(parts))


class DonorsPage(QWidget):
    """Signals:
    changed(): a merge was recorded."""

    changed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._ledger: Ledger | None = None
        self.record: DonorRecord | None = None
        # set by the window: where a merge goes to be undone, and who hears of a failure
        self.push_command: Callable[[LedgerCommand], None] | None = None
        self.command_failed: Callable[[BaseException], None] = lambda exc: errors.show_error(
            self, exc
        )

        self.search = DonorSearch(self)
        self.search.chosen.connect(self.show_donor)
        self.name = QLabel(self)
        self.name.setObjectName("donor_name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("donor_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QTreeWidget(self)
        self.totals.setObjectName("totals")
        self.totals.setRootIsDecorated(False)
        self.totals.setHeaderLabels([self.tr("Year"), self.tr("Net total"), self.tr("Entries")])
        self.totals.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.donations = QTreeWidget(self)
        self.donations.setObjectName("donor_donations")
        self.donations.setRootIsDecorated(False)
        self.donations.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Method"),
                self.tr("Entry"),
                self.tr("Reference"),
                self.tr("Notes"),
            ]
        )
        self.donations.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.flags = QTreeWidget(self)
        self.flags.setObjectName("donor_flags")
        self.flags.setRootIsDecorated(False)
        self.flags.setHeaderLabels([self.tr("Severity"), self.tr("Status"), self.tr("What")])
        self.flags.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history = QTreeWidget(self)
        self.history.setObjectName("donor_history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")]
        )
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_title = QLabel(self.tr("History (audit trail):"), self)
        self.donations.itemDoubleClicked.connect(self._donation_history)
        self.merge_button = QPushButton(self.tr("&Merge another donor into this one…"), self)
        self.merge_button.clicked.connect(self.merge)
        self.merge_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setEnabled(False)
        self.done = QLabel(self)

        right = QWidget(self)
        form = QVBoxLayout(right)
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.merge_button)
        form.addLayout(head)
        form.addWidget(self.details)
        form.addWidget(self.done)
        grid = QFormLayout()
        grid.addRow(QLabel(self.tr("Totals per year:"), self))
        grid.addRow(self.totals)
        form.addLayout(grid)
        form.addWidget(QLabel(self.tr("Donations, refunds and returns:"), self))
        form.addWidget(self.donations, 2)
        form.addWidget(QLabel(self.tr("Flags:"), self))
        form.addWidget(self.flags, 1)
        form.addWidget(self.history_title)
        form.addWidget(self.history, 1)
        split = QSplitter(self)
        split.addWidget(self.search)
        split.addWidget(right)
        split.setSizes([400, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._clear()

    def set_ledger(self, ledger: Ledger | None) -> None:
        self._ledger = ledger
        self.search.set_ledger(ledger)
        self._clear()

    def reload(self) -> None:
        if self.record is not None:
            self.show_donor(int(self.record.donor.id))

    def show_donor(self, donor_id: int) -> None:
        if self._ledger is None:
            return
        try:
            record = donor_record(self._ledger, donor_id, language=current_language())
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return
        self.record = record
        donor = record.donor
        d = donor.details
        self.name.setText(d.name)
        lines = [kind_names().get(d.kind, d.kind.value)]
        for part in (
            d.address,
            " ".join(p for p in (d.postcode, d.city) if p),
            d.country,
            d.email,
            d.occupation,
            d.employer,
        ):
            if part:
                lines.append(part)
        if record.aliases:
            lines.append(
                self.tr("Also recorded as: {names}").format(names=", ".join(record.aliases))
            )
        if record.merged_into is not None:
            lines.append(self.tr("Merged into donor #{id}").format(id=record.merged_into))
        self.details.setText("\n".join(lines))
        self.merge_button.setEnabled(record.merged_into is None)
        self.edit_button.setEnabled(record.merged_into is None)
        self.totals.clear()
        for total in record.totals:
            item = QTreeWidgetItem(
                [
                    str(total.year),
                    format_amount(total.total, self._locale, currency=True),
                    str(total.entries),
                ]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.totals.addTopLevelItem(item)
        methods = method_names()
        entries = {
            "donation": self.tr("donation"),
            "refund": self.tr("refund"),
            "return": self.tr("return"),
        }
        self.donations.clear()
        for gift in record.donations:
            item = QTreeWidgetItem(
                [
                    gift.received_on.isoformat(),
                    format_amount(gift.amount, self._locale),
                    methods.get(gift.method, gift.method.value),
                    entries.get(gift.entry_type.value, gift.entry_type.value),
                    gift.reference or "",
                    gift.notes or "",
                ]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, int(gift.id))
            item.setToolTip(0, self.tr("Double-click: this entry's history"))
            self.donations.addTopLevelItem(item)
        self.show_history(donor_id=donor_id)
        self.flags.clear()
        for flag in record.flags:
            item = QTreeWidgetItem(
                [
                    severity_name(flag["severity"]),
                    self.tr("Open") if flag["status"] == "open" else self.tr("Dismissed"),
                    flag["message"],
                ]
            )
            item.setIcon(0, severity_icon(self, flag["severity"]))
            item.setToolTip(2, flag["message"])
            self.flags.addTopLevelItem(item)

    def show_history(self, *, donor_id: int | None = None, donation_id: int | None = None) -> None:
        """The audit trail of the donor (with their donations and the donors merged into
        them), or of one donation: who changed what, when, newest first."""
        if self._ledger is None:
            return
        try:
            entries = audit_log(self._ledger, donor_id=donor_id, donation_id=donation_id)
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return
        if donation_id is not None:
            self.history_title.setText(
                self.tr("History of entry #{id} (audit trail):").format(id=donation_id)
            )
        else:
            self.history_title.setText(self.tr("History (audit trail):"))
        self.history.clear()
        for entry in reversed(entries):
            item = QTreeWidgetItem(
                [
                    isolate(str(entry["at"])[:19].replace("T", " ")),
                    str(entry["actor"]),
                    action_words(str(entry["action"])),
                    _change(entry.get("before"), entry.get("after")),
                ]
            )
            item.setToolTip(2, str(entry["action"]))  # the id, as the audit trail has it
            item.setToolTip(3, _change(entry.get("before"), entry.get("after")))
            self.history.addTopLevelItem(item)

    def _donation_history(self, item: QTreeWidgetItem, _column: int) -> None:
        donation_id = item.data(0, Qt.ItemDataRole.UserRole)
        if donation_id is not None:
            self.show_history(donation_id=int(donation_id))

    def edit(self) -> bool:
        """Correct or complete the donor's details in a dialog; undoable (Ctrl+Z)."""
        if self._ledger is None or self.record is None:
            return False
        ledger, donor_id = self._ledger, int(self.record.donor.id)
        dialog = DonorEditDialog(ledger, self.record, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
                return False
            return self.edited(donor_id, dialog.changes, dialog.before)
        finally:
            dialog.deleteLater()

    def edited(self, donor_id: int, changes: dict[str, str], before: dict[str, str]) -> bool:
        """The donor's details were changed (``changes``; ``before``: all as they were):
        undoable from the window, shown."""
        ledger = self._ledger
        if ledger is None:
            return False
        old = {name: before[name] for name in changes}
        if self.push_command is not None:
            self.push_command(
                LedgerCommand(
                    self.tr("Edit donor #{id}").format(id=donor_id),
                    lambda: edit_donor(ledger, donor_id, changes),
                    lambda: edit_donor(ledger, donor_id, old),
                    lambda: self._merge_changed(donor_id),
                    self.command_failed,
                )
            )
        self.done.setText(self.tr("The donor's details were saved."))
        self.changed.emit()
        self.show_donor(donor_id)
        return True

    def merge(self) -> bool:
        """Ask which record to merge into the donor shown, preview, then merge."""
        if self._ledger is None or self.record is None:
            return False
        dialog = MergeDialog(self._ledger, int(self.record.donor.id), self._locale, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.other_id is None:
                return False
            return self.merge_now(dialog.other_id)
        finally:
            dialog.deleteLater()

    def merge_now(self, other_id: int) -> bool:
        if self._ledger is None or self.record is None:
            return False
        keep = int(self.record.donor.id)
        ledger = self._ledger
        try:
            own = [int(d.id) for d in donor_record(ledger, other_id).donations]
            result = merge_donors(ledger, keep, other_id)
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return False
        if self.push_command is not None:  # undoable from the window (Ctrl+Z)
            self.push_command(
                LedgerCommand(
                    self.tr("Merge donor #{other} into #{keep}").format(other=other_id, keep=keep),
                    lambda: merge_donors(ledger, keep, other_id),
                    lambda: unmerge_donors(ledger, keep, other_id, own),
                    lambda: self._merge_changed(keep),
                    self.command_failed,
                )
            )
        self.done.setText(self.tr("Merged: %Ln donation(s) moved.", "", result["donations_moved"]))
        self.changed.emit()
        self.show_donor(keep)
        return True

    def _merge_changed(self, keep: int) -> None:
        self.changed.emit()
        self.show_donor(keep)

    def _clear(self) -> None:
        self.record = None
        self.name.setText(self.tr("No donor chosen"))
        self.details.setText(self.tr("Type a name on the left to find a donor."))
        self.totals.clear()
        self.donations.clear()
        self.flags.clear()
        self.history.clear()
        self.done.clear()
        self.merge_button.setEnabled(False)
        self.edit_button.setEnabled(False)
