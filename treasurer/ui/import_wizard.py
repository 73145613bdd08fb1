"""The import wizard: a file → its preset (detected, or chosen, or a mapping file) → a
dry run that lists bad rows and close donor names → the import, in the background with
Cancel → a summary with the flags it raised. Close names accepted as the same person
are merged after the import. The import can be undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from treasurer.core.errors import TreasurerError
from treasurer.services.background import Cancelled
from treasurer.services.compliance import merge_donors
from treasurer.services.importing import ImportReport, import_file, list_presets, undo_import
from treasurer.services.ledger import Ledger
from treasurer.ui import errors
from treasurer.ui.commands import LedgerCommand
from treasurer.ui.formatting import format_count
from treasurer.ui.ops import Operation, run_op

_BAD = QColor("#fde7e9")


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(
            self.tr(
                "A CSV or spreadsheet export (Stripe, PayPal, HelloAsso, ActBlue…) or a bank statement."
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._choose)
        self.preset = QComboBox(self)
        self.preset.setObjectName("preset")
        self.preset.addItem(self.tr("Detect from the columns"), None)
        for preset in list_presets():
            if "error" not in preset:
                self.preset.addItem(preset["name"], preset["id"])
        self.mapping = QLineEdit(self)
        self.mapping.setPlaceholderText(self.tr("optional: a mapping file (.toml) of your own"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), row)
        _buddy(form, row, self.path)
        form.addRow(self.tr("&Preset:"), self.preset)
        form.addRow(self.tr("&Mapping:"), self.mapping)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def _choose(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import donations"),
            self.path.text(),
            self.tr(
                "Donation files (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;All files (*)"
            ),
        )
        if path:
            self.path.setText(path)


class _RunPage(QWizardPage):
    """A page that runs an import (dry or real) in the background when shown."""

    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.report: ImportReport | None = None
        self.error: BaseException | None = None
        self.operation: Operation | None = None
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy until the import says how far it is
        self.cancel = QPushButton(QCoreApplication.translate("ImportWizard", "&Cancel"), self)
        self.cancel.clicked.connect(self._cancel)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

    def initializePage(self) -> None:
        self.report, self.error = None, None
        self.progress.show()
        self.cancel.show()
        self.cancel.setEnabled(True)
        self.status.setText(QCoreApplication.translate("ImportWizard", "Reading the file…"))
        self.completeChanged.emit()
        w = self._wizard
        ledger = w.ledger
        options = w.import_options()
        dry = self.dry_run

        self.progress.setRange(0, 0)

        def work(op: Operation) -> ImportReport:
            with op.cancellable(ledger):
                return import_file(
                    ledger, dry_run=dry, skip_bad_rows=not dry, progress=op.report, **options
                )

        self.operation = run_op(self, work, on_done=self._done, on_failed=self._failed)
        self.operation.progressed.connect(self._progressed)

    def _progressed(self, done: int, expected: int) -> None:
        if expected > 0:
            self.progress.setRange(0, expected)
            self.progress.setValue(min(done, expected))
        if expected and done >= expected:
            self.status.setText(
                QCoreApplication.translate(
                    "ImportWizard", "Recording the donations and checking the rules…"
                )
            )
        else:
            self.status.setText(
                QCoreApplication.translate("ImportWizard", "{done} rows read…").format(
                    done=format_count(done, self.locale())
                )
            )

    def _cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(QCoreApplication.translate("ImportWizard", "Stopping…"))

    def _done(self, report: ImportReport) -> None:
        self.operation = None
        self.report = report
        self.progress.hide()
        self.cancel.hide()
        self.show_report(report)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.error = exc
        self.progress.hide()
        self.cancel.hide()
        if isinstance(exc, Cancelled):
            self.status.setText(
                QCoreApplication.translate("ImportWizard", "Cancelled: nothing was imported.")
            )
        else:
            self.status.setText(str(exc))
            if not isinstance(exc, TreasurerError):
                errors.show_error(self, exc)
        self.completeChanged.emit()

    def show_report(self, report: ImportReport) -> None:
        raise NotImplementedError

    def isComplete(self) -> bool:
        return self.report is not None

    @property
    def finished(self) -> bool:
        return self.operation is None and (self.report is not None or self.error is not None)


class PreviewPage(_RunPage):
    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What the import would do"))
        self.setSubTitle(
            self.tr(
                "Nothing is written yet. Bad rows are skipped; fix them in the file and import it again later."
            )
        )
        self.issues = QTreeWidget(self)
        self.issues.setObjectName("issues")
        self.issues.setRootIsDecorated(False)
        self.issues.setHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Why")]
        )
        self.issues.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fuzzy = QTreeWidget(self)
        self.fuzzy.setObjectName("fuzzy")
        self.fuzzy.setRootIsDecorated(False)
        self.fuzzy.setHeaderLabels(
            [
                self.tr("Same person?"),
                self.tr("Name in the file"),
                self.tr("Donor of the ledger"),
                self.tr("Likeness"),
            ]
        )
        self.fuzzy.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Bad rows:"), self))
        layout.addWidget(self.issues, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Names close to a donor of the ledger (tick to merge them after the import):"
                ),
                self,
            )
        )
        layout.addWidget(self.fuzzy, 1)

    def initializePage(self) -> None:
        self.issues.clear()
        self.fuzzy.clear()
        super().initializePage()

    def show_report(self, report: ImportReport) -> None:
        self.status.setText(
            self.tr(
                "{rows} rows read with the preset {preset}: {new} new donations, {refunds} refunds, "
                "{duplicates} already in the ledger, {bad} bad rows to skip, {donors} new donors."
            ).format(
                rows=report.rows,
                preset=report.preset,
                new=report.new,
                refunds=report.refunds,
                duplicates=report.duplicates,
                bad=len(report.errors),
                donors=report.donors_created,
            )
        )
        brush = QBrush(_BAD)
        for issue in report.errors:
            item = QTreeWidgetItem([str(issue.line), issue.column, issue.value, issue.reason])
            for column in range(4):
                item.setBackground(column, brush)
                item.setForeground(column, QBrush(QColor("#5c0011")))
            self.issues.addTopLevelItem(item)
        for proposal in report.fuzzy:
            item = QTreeWidgetItem(
                ["", proposal["name"], proposal["known_name"], f"{proposal['score']} %"]
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, proposal)
            self.fuzzy.addTopLevelItem(item)

    def accepted_matches(self) -> list[dict[str, Any]]:
        """The close names ticked as the same person."""
        items = [self.fuzzy.topLevelItem(i) for i in range(self.fuzzy.topLevelItemCount())]
        return [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in items
            if item is not None and item.checkState(0) == Qt.CheckState.Checked
        ]


class ImportPage(_RunPage):
    dry_run = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("The import is one transaction: cancelled, it leaves the ledger as it was.")
        )
        self.merged: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setCommitPage(True)

    def show_report(self, report: ImportReport) -> None:
        w = self._wizard
        self.merged = []
        # Names the file gave that the person accepted as a known donor: merge them now.
        for proposal in w.preview_page.accepted_matches():
            new_id = proposal["new_donor_id"]
            found = [p for p in report.fuzzy if p["name"] == proposal["name"]]
            if found:
                new_id = found[0]["new_donor_id"]
            try:
                merge_donors(w.ledger, int(proposal["known_donor_id"]), int(new_id))
            except TreasurerError as exc:
                errors.show_error(self, exc)
                continue
            self.merged.append(f"{proposal['name']} → {proposal['known_name']}")
        lines = [
            self.tr("Imported: {new} donations, {refunds} refunds, {donors} new donors.").format(
                new=report.new, refunds=report.refunds, donors=report.donors_created
            ),
            self.tr("Already in the ledger, skipped: {n}.").format(n=report.duplicates),
            self.tr("Bad rows skipped: {n}.").format(n=len(report.errors)),
            self.tr("Flags raised by the rules: {n}.").format(n=report.flags),
        ]
        if report.rejects:
            lines.append(
                self.tr("The bad rows were written to {path}.").format(path=report.rejects)
            )
        if self.merged:
            lines.append(
                self.tr("Merged as the same person: {names}.").format(names="; ".join(self.merged))
            )
        self.status.setText("\n".join(lines))
        w.imported(report)


class ImportWizard(QWizard):
    def __init__(self, ledger: Ledger, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self._locale = locale
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import donations"))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.addPage(self.import_page)
        self.resize(900, 600)

    def import_options(self) -> dict[str, Any]:
        mapping = self.file_page.mapping.text().strip()
        return {
            "path": Path(self.file_page.path.text().strip()),
            "preset": self.file_page.preset.currentData(),
            "mapping": Path(mapping) if mapping else None,
        }

    def imported(self, report: ImportReport) -> None:
        """The import committed: make it undoable from the window."""
        self.report = report
        window = self.parentWidget()
        push = getattr(window, "push_command", None)
        if push is None or report.batch_id is None:
            return
        state: dict[str, int | None] = {"batch": report.batch_id}
        options = self.import_options()
        ledger = self.ledger

        def redo() -> None:
            state["batch"] = import_file(ledger, skip_bad_rows=True, **options).batch_id

        def undo() -> None:
            batch = state["batch"]
            if batch is not None:
                undo_import(ledger, batch)

        changed = getattr(window, "notify_changed", lambda: None)
        push(
            LedgerCommand(
                self.tr("Import {file}").format(file=Path(report.file).name),
                redo,
                undo,
                changed,
                lambda exc: errors.show_error(window, exc),
            )
        )


def _buddy(form: QFormLayout, row: QHBoxLayout, field: QWidget) -> None:
    """A label beside a row of widgets: its shortcut (Alt+letter) goes to ``field``."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(field)
