"""The reports screen: choose the filing, its period, unit, language and format; write it
in the background; then open the file or its folder."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import UserError
from treasurer.services.background import Cancelled
from treasurer.services.dashboard import period_choices
from treasurer.services.ledger import Ledger, list_units
from treasurer.ui import errors
from treasurer.ui.i18n import current_language
from treasurer.ui.ops import Operation, run_op

if TYPE_CHECKING:
    # reportlab and openpyxl load when a report is asked for, not when the window opens
    from treasurer.services.reports import ReportResult


class ReportsPage(QWidget):
    """Signals:
    produced(object): a ``ReportResult``, or None when it was cancelled or failed."""

    produced = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger: Ledger | None = None
        self.result: ReportResult | None = None
        self.operation: Operation | None = None

        self.report = QComboBox(self)
        self.report.setObjectName("report")
        self.period = QComboBox(self)
        self.period.setEditable(True)
        self.period.setObjectName("period")
        self.unit = QComboBox(self)
        self.language = QComboBox(self)
        for code, name in (("en", "English"), ("fr", "Français"), ("ar", "العربية")):
            self.language.addItem(name, code)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF"), ".pdf")
        self.format.addItem(self.tr("Excel workbook (XLSX)"), ".xlsx")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setObjectName("generate")
        self.generate_button.clicked.connect(self.generate)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.open_file = QPushButton(self.tr("Open the &file"), self)
        self.open_folder = QPushButton(self.tr("Open the f&older"), self)
        self.open_file.clicked.connect(lambda: self._open(file=True))
        self.open_folder.clicked.connect(lambda: self._open(file=False))
        self.open_file.setEnabled(False)
        self.open_folder.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.report)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("For&mat:"), self.format)
        form.addRow(self.tr("&Save in:"), folder_row)
        _buddy(form, folder_row, self.folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.open_file)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.report.currentIndexChanged.connect(lambda _i: self._formats())

    def set_ledger(self, ledger: Ledger | None) -> None:
        self._ledger = ledger
        self.report.clear()
        self.period.clear()
        self.unit.clear()
        if ledger is None:
            return
        language = current_language()
        self.period.addItems(period_choices(ledger))
        self.unit.addItem(self.tr("all units"), None)
        for unit in list_units(ledger):
            self.unit.addItem(unit.name, unit.name)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        if self.isVisible():
            self._list_reports()
        path = ledger.location.path
        if not self.folder.text():
            self.folder.setText(str((path.parent if path else Path.home()) / "reports"))

    def showEvent(self, event: QShowEvent) -> None:
        if self._ledger is not None and self.report.count() == 0:
            self._list_reports()
        super().showEvent(event)

    def _list_reports(self) -> None:
        """Fill the list of reports; it loads the report writers (reportlab, openpyxl), so
        only once the screen is first shown."""
        from treasurer.services.reports import list_reports

        for report in list_reports(current_language()):
            self.report.addItem(report["title"], report["id"])

    def out_path(self) -> Path:
        report = self.report.currentData()
        period = re.sub(r"[^0-9A-Za-z-]+", "_", self.period.currentText().strip())
        language = self.language.currentData()
        return (
            Path(self.folder.text()).expanduser()
            / f"{report}-{period}-{language}{self.format.currentData()}"
        )

    def generate(self) -> Operation | None:
        """Write the report in the background (Cancel stops waiting and removes the file)."""
        ledger = self._ledger
        if ledger is None or self.operation is not None:
            return None
        out = self.out_path()
        report = self.report.currentData()
        period = self.period.currentText().strip()
        unit = self.unit.currentData()
        language = self.language.currentData()
        self.result = None
        self.open_file.setEnabled(False)
        self.open_folder.setEnabled(False)
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Writing {name}…").format(name=out.name))

        def work(op: Operation) -> ReportResult:
            from treasurer.services.reports import produce_report

            if not period:
                raise UserError("choose a period")
            out.parent.mkdir(parents=True, exist_ok=True)
            with op.cancellable(ledger):
                result = produce_report(
                    ledger,
                    report,
                    period=period,
                    out=out,
                    language=language,
                    unit=unit,
                    today=dt.date.today(),
                )
            if op.cancelled:
                out.unlink(missing_ok=True)
                return None  # type: ignore[return-value]
            return result

        def done(result: ReportResult | None) -> None:
            self.operation = None
            self.generate_button.setEnabled(True)
            if result is None:
                self.status.setText(self.tr("Cancelled; no file was kept."))
                self.produced.emit(None)
                return
            self.result = result
            self.status.setText(
                self.tr("Written: {path} ({rows}).").format(
                    path=str(result.path), rows=self.tr("%Ln row(s)", "", result.rows)
                )
            )
            self.open_file.setEnabled(True)
            self.open_folder.setEnabled(True)
            self.produced.emit(result)

        def failed(exc: BaseException) -> None:
            self.operation = None
            self.generate_button.setEnabled(True)
            out.unlink(missing_ok=True)
            self.status.setText(self.tr("The report was not written."))
            if not isinstance(exc, Cancelled):
                errors.show_error(self, exc)
            self.produced.emit(None)

        self.operation = run_op(
            self, work, on_done=done, on_failed=failed, label=self.tr("Writing the report…")
        )
        return self.operation

    def _formats(self) -> None:
        year_end = self.report.currentData() == "year-end"
        if year_end:
            self.format.setCurrentIndex(self.format.findData(".xlsx"))
        self.format.setEnabled(not year_end)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save reports in"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _open(self, *, file: bool) -> None:
        if self.result is None:
            return
        target = self.result.path if file else self.result.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def _buddy(form: QFormLayout, row: QHBoxLayout, field: QWidget) -> None:
    """A label beside a row of widgets: its shortcut (Alt+letter) goes to ``field``."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(field)
