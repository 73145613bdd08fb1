"""The import wizard: a file → its preset (detected, or chosen, or a mapping file) → a
dry run that lists bad rows and close donor names → the import, in the background with
Cancel → a summary with the flags it raised. Close names accepted as the same person
are merged after the import. The import can be undone with Ctrl+Z."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from treasurer.core.errors import TreasurerError
from treasurer.core.money import Money, parse_amount
from treasurer.services.background import Cancelled
from treasurer.services.compliance import merge_donors
from treasurer.services.importing import (
    FileColumns,
    ImportReport,
    file_columns,
    import_file,
    is_statement,
    list_presets,
    save_mapping,
    undo_import,
    workbook_sheets,
)
from treasurer.services.ledger import Ledger
from treasurer.ui import errors
from treasurer.ui.commands import LedgerCommand
from treasurer.ui.formatting import format_amount, format_count
from treasurer.ui.i18n import current_language, say
from treasurer.ui.ops import Operation, run_op

_BAD = QColor("#fde7e9")
#: The names of files that say they are tables: one that cannot be read as a table is not
#: a bank statement either (statements, read by their content, come as .sta, .xml, .ofx…).
_TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})


#: The flags a preview shows, of those the import would raise (the Flags page has all).
_FLAGS_SHOWN = 5


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
        # a workbook's sheet (by default the one that holds the donations)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheet")
        self.path.textChanged.connect(self._list_sheets)
        self.encoding = QLineEdit(self)
        self.encoding.setObjectName("encoding")
        self.encoding.setPlaceholderText(
            self.tr("optional: the text encoding of a CSV (e.g. windows-1256), if not detected")
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), row)
        _buddy(form, row, self.path)
        form.addRow(self.tr("&Preset:"), self.preset)
        form.addRow(self.tr("&Mapping:"), self.mapping)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        self._list_sheets(self.path.text())

    def _list_sheets(self, text: str) -> None:
        path = Path(text.strip())
        sheets = workbook_sheets(path) if path.is_file() else []
        self.sheet.clear()
        self.sheet.addItem(self.tr("The sheet that holds the donations"), None)
        for name in sheets:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(bool(sheets))
        self.encoding.setEnabled(not sheets)

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


class ColumnsPage(QWizardPage):
    """Which column of the file gives each field: as the preset reads it, to check and
    change, and to save as a mapping of one's own (used again by its name)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "As the preset reads the file. Change a column if it is wrong; save the "
                "mapping to use it again for files like this one."
            )
        )
        self.seen: FileColumns | None = None
        #: why a file named as a table cannot be read as one (then no Next)
        self.problem: str | None = None
        self.saved: str | None = None  # the id of the mapping saved on this page
        self.saved_columns: dict[str, str] = {}
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("columns")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column of the file")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.boxes: dict[str, QComboBox] = {}
        self.status = QLabel(self)
        self.status.setObjectName("columns_status")
        self.status.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("a name for this mapping"))
        save = QPushButton(self.tr("&Save the mapping"), self)
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def _labels(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"),
            "donor": self.tr("Donor (full name)"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "company": self.tr("Company giving (the donor, when filled)"),
            "amount": self.tr("Amount"),
            "currency": self.tr("Currency"),
            "method": self.tr("Payment method"),
            "reference": self.tr("Reference"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "state": self.tr("State or province"),
            "country": self.tr("Country"),
            "kind": self.tr("Donor kind"),
            "employer": self.tr("Employer"),
            "occupation": self.tr("Occupation"),
            "unit": self.tr("Accounting unit"),
            "notes": self.tr("Notes"),
            "fee": self.tr("Processor fee"),
            "net": self.tr("Net (after the fee)"),
            "entry_type": self.tr("Entry type"),
            "refund_of": self.tr("Refund of (reference)"),
            "refund_reference": self.tr("Refund reference"),
            "refund_date": self.tr("Refund date"),
            "refund_amount": self.tr("Amount refunded"),
            "refund_status": self.tr("Refund status"),
            "refund_status_date": self.tr("Date of the refund status"),
        }

    def initializePage(self) -> None:
        self.saved = None
        self.seen = None
        self.problem = None
        self.table.setRowCount(0)
        self.boxes.clear()
        options = self._wizard.file_options()
        try:
            self.seen = file_columns(
                options["path"],
                preset=options["preset"],
                mapping=options["mapping"],
                sheet=options["sheet"],
                encoding=options["encoding"],
            )
        except TreasurerError as exc:
            if options["path"].suffix.lower() in _TABLE_SUFFIXES and not is_statement(
                options["path"]
            ):
                # a PDF named .xlsx, an empty CSV, a wrong encoding: say so, and stop here
                self.problem = say(exc)
                self.status.setText(self.problem)
            else:
                self.status.setText(
                    self.tr("Not a table of columns (a bank statement reads its own fields).")
                )
            self.completeChanged.emit()
            return
        labels = self._labels()
        self.table.setRowCount(len(labels))
        for row, (field, label) in enumerate(labels.items()):
            item = QTableWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            box = QComboBox(self.table)
            box.addItem("—", None)
            for header in self.seen.headers:
                if header:
                    box.addItem(header, header)
            chosen = self.seen.columns.get(field)
            if chosen is not None:
                box.setCurrentIndex(max(0, box.findData(chosen)))
            box.currentIndexChanged.connect(lambda _i: self._changed())
            self.table.setCellWidget(row, 1, box)
            self.boxes[field] = box
        self._changed()

    def columns(self) -> dict[str, str]:
        return {f: b.currentData() for f, b in self.boxes.items() if b.currentData()}

    def edited(self) -> bool:
        return self.seen is not None and self.columns() != self.seen.columns

    def _missing(self) -> list[str]:
        have = set(self.columns())
        missing = [f for f in ("date", "amount") if f not in have]
        if not have & {"donor", "first_name", "last_name"}:
            missing.append("donor")
        return missing

    def _changed(self) -> None:
        labels = self._labels()
        missing = self._missing()
        preset = self.seen.preset if self.seen else ""
        if missing:
            # the language's own list separator (Arabic: "، ")
            self.status.setText(
                self.tr("Still needed: {fields}.").format(
                    fields=self.tr(", ", "list separator").join(labels[f] for f in missing)
                )
            )
        elif self.edited():
            self.status.setText(
                self.tr("Columns chosen by hand, from the preset {preset}.").format(preset=preset)
            )
        else:
            self.status.setText(self.tr("Read with the preset {preset}.").format(preset=preset))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.problem is not None:
            return False
        return self.seen is None or not self._missing()

    def save(self) -> Path | None:
        if self.seen is None:
            return None
        try:
            path = save_mapping(
                self.name.text(),
                self.columns(),
                base=self.seen.preset,
                headers=self.seen.headers,
            )
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return None
        self.saved, self.saved_columns = path.stem, self.columns()
        self.status.setText(
            self.tr(
                "Saved as {path}: a file with these columns will be read with it ({name} "
                "among the presets)."
            ).format(path=path, name=self.name.text().strip())
        )
        return path


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
                    ledger,
                    dry_run=dry,
                    skip_bad_rows=not dry,
                    progress=op.report,
                    language=current_language(),
                    **options,
                )

        self.operation = run_op(self, work, on_done=self._done, on_failed=self._failed)
        self.operation.progressed.connect(self._progressed)
        self.completeChanged.emit()  # the wizard's buttons: no Back while it runs

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
            self.status.setText(self._wizard.rows_read(done))

    def _cancel(self) -> None:
        self.stop()

    def stop(self) -> None:
        """Cancel the import that runs: the ledger's next statement stops it, rolled back."""
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
        self._wizard.stopped(self)

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
            self.status.setText(say(exc))
            if not isinstance(exc, TreasurerError):
                errors.show_error(self, exc)
        self.completeChanged.emit()
        self._wizard.stopped(self)

    def show_report(self, report: ImportReport) -> None:
        raise NotImplementedError

    @staticmethod
    def left_out(report: ImportReport) -> str:
        """The sentence that counts what the import leaves out (``report.skipped``)."""
        if report.statement:
            text = QCoreApplication.translate(
                "ImportWizard",
                "Statement entries that are not donations (debits, reversals…), left out: {n}.",
            )
        else:
            text = QCoreApplication.translate(
                "ImportWizard",
                "Rows the preset does not import (by their status or type), left out: {n}.",
            )
        counts = ", ".join(f"{reason} {count}" for reason, count in report.left_out())
        return f"{text.format(n=len(report.skipped)).rstrip('.')} ({counts})."

    @staticmethod
    def unread(report: ImportReport) -> str:
        """The sentence that names the columns the import does not read."""
        return QCoreApplication.translate(
            "ImportWizard",
            "Columns not read: {columns} (go Back to say what they hold).",
        ).format(columns=", ".join(report.unread))

    @staticmethod
    def two_addresses(report: ImportReport) -> str:
        """The sentence on the known donors the file gives two addresses."""
        names = [d["name"] for d in report.two_addresses]
        return QCoreApplication.translate(
            "ImportWizard",
            "Known donors without an address to whom the file gives two (neither is "
            "recorded: edit them on the Donors page): {names}.",
        ).format(names=", ".join(names[:20]) + (" …" if len(names) > 20 else ""))

    def completed(self, report: ImportReport) -> str:
        """The sentence on the known donors whose blank details the file fills."""
        return QCoreApplication.translate(
            "ImportWizard",
            "Known donors whose missing details (address, email…) the file fills: {n}.",
        ).format(n=self._wizard.count(report.donors_completed))

    def notes(self, report: ImportReport) -> list[str]:
        """The sentences on how the file was read (the sheet, the order of its dates) and
        on what the treasurer should see to (debits that may give gifts back, names)."""
        lines = []
        if report.sheet and report.other_sheets:
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard", "Sheet read: {sheet} (not read: {others})."
                ).format(sheet=report.sheet, others=", ".join(report.other_sheets))
            )
        if report.dates_read:
            order, settled_by = report.dates_read
            text = (
                QCoreApplication.translate(
                    "ImportWizard",
                    "Dates read month first, as {date} shows, not as this ledger reads them: "
                    "check the file's other dates.",
                )
                if order == "mdy"
                else QCoreApplication.translate(
                    "ImportWizard",
                    "Dates read day first, as {date} shows, not as this ledger reads them: "
                    "check the file's other dates.",
                )
            )
            lines.append(text.format(date=settled_by))
        for sent in report.sent_back:
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Entry {entry} pays {amount} to {name} on {date}: a gift sent back? The "
                    "ledger counts the gift until its return is recorded (Flags page, Record a "
                    "return; or 'treasurer return').",
                ).format(
                    entry=sent["entry"],
                    amount=self._wizard.amount(parse_amount(sent["amount"], sent["currency"])),
                    name=sent["name"],
                    date=sent["date"],
                )
            )
        if report.maybe_companies:
            names = [d["name"] for d in report.maybe_companies]
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard",
                    "New donors recorded as persons whose names end as a company's may: "
                    "{names}. If one is a company, say so on the Donors page (Edit details): "
                    "its gifts then meet the rules on companies.",
                ).format(names=", ".join(names[:20]) + (" …" if len(names) > 20 else ""))
            )
        if report.thousands_read:
            mark, first = report.thousands_read
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Amounts such as {amount} read with “{mark}” separating thousands, as no "
                    "amount shows the file's decimal mark: if “{mark}” marks decimals there, "
                    "correct them in the file.",
                ).format(amount=first, mark=mark)
            )
        return lines

    def isComplete(self) -> bool:
        return self.report is not None

    @property
    def finished(self) -> bool:
        return self.operation is None and (self.report is not None or self.error is not None)

    @property
    def running(self) -> bool:
        return self.operation is not None


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
                self.tr("Donor it may be"),
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
                "{rows} read with the preset {preset}: {new}, {refunds}, {duplicates}, {bad}, "
                "{donors}."
            ).format(
                rows=self.tr("%Ln row(s)", "", report.rows),
                preset=report.preset,
                new=self.tr("%Ln new donation(s)", "", report.new),
                refunds=self.tr("%Ln refund(s)", "", report.refunds),
                duplicates=self.tr("%Ln already in the ledger", "", report.duplicates),
                bad=self.tr("%Ln bad row(s) to skip", "", len(report.errors)),
                donors=self.tr("%Ln new donor(s)", "", report.donors_created),
            )
            + "\n"
            + self.tr("Flags the rules would raise: {n}.").format(
                n=self._wizard.count(report.flags)
            )
            + "".join(f"\n• {f['message']}" for f in report.raised[:_FLAGS_SHOWN])
            + ("\n• …" if report.flags > _FLAGS_SHOWN else "")
            + ("\n" + self.completed(report) if report.donors_completed else "")
            + ("\n" + self.two_addresses(report) if report.two_addresses else "")
            + ("\n" + self.left_out(report) if report.skipped else "")
            + ("\n" + self.unread(report) if report.unread else "")
            + "".join("\n" + line for line in self.notes(report))
        )
        brush = QBrush(_BAD)
        number = self.tr("Entry") if report.statement else self.tr("Line")
        self.issues.setHeaderLabels([number, self.tr("Column"), self.tr("Value"), self.tr("Why")])
        for issue in report.errors:
            # a line that is not a row at all (too many cells) has no column of its own
            where = self.tr("(whole line)") if issue.column == "(row)" else issue.column
            item = QTreeWidgetItem([str(issue.line), where, issue.value, say(issue.reason)])
            for column in range(4):
                item.setBackground(column, brush)
                item.setForeground(column, QBrush(QColor("#5c0011")))
            self.issues.addTopLevelItem(item)
        for proposal in report.fuzzy:
            item = QTreeWidgetItem(
                [
                    "",
                    _with_place(proposal["name"], proposal.get("where")),
                    _with_place(proposal["known_name"], proposal.get("known_where")),
                    self._wizard.percent(float(proposal["score"])),
                ]
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
        # Names the file gave that the person accepted as a known donor: merge them now.
        self.merged, failed = merge_accepted(w.ledger, w.preview_page.accepted_matches(), report)
        for exc in failed:
            errors.show_error(self, exc)
        lines = [
            self.tr("Imported: {new}, {refunds}, {donors}.").format(
                new=self.tr("%Ln donation(s)", "", report.new),
                refunds=self.tr("%Ln refund(s)", "", report.refunds),
                donors=self.tr("%Ln new donor(s)", "", report.donors_created),
            ),
            self.tr("Already in the ledger, skipped: {n}.").format(n=w.count(report.duplicates)),
            self.tr("Bad rows skipped: {n}.").format(n=w.count(len(report.errors))),
            self.tr("Flags raised by the rules: {n}.").format(n=w.count(report.flags)),
        ]
        if not report.committed:
            lines[0] = self.tr("Nothing was imported: no row is both good and new.")
        if report.skipped:
            lines.insert(2, self.left_out(report))
        if report.two_addresses:
            lines.insert(1, self.two_addresses(report))
        if report.donors_completed:
            lines.insert(1, self.completed(report))
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
    """The import window: a file, its columns, a preview (dry run), the import.

    Signals:
        import_stopped(): an import or preview it ran has reported back.
    """

    import_stopped = Signal()

    def __init__(self, ledger: Ledger, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self._locale = locale
        self.report: ImportReport | None = None
        #: closing was asked while an import ran: it was cancelled, and the window closes
        #: once the import has stopped (not if it committed first: its summary stays shown)
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Import donations"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self._edited_mapping = tempfile.TemporaryDirectory(prefix="treasurer-mapping-")
        self.addPage(self.file_page)
        self.addPage(self.columns_page)
        self.addPage(self.preview_page)
        self.addPage(self.import_page)
        # after QWizard's own update of its buttons (connected by addPage), ours
        self.currentIdChanged.connect(lambda _id: self._update_buttons())
        for page in (self.preview_page, self.import_page):
            page.completeChanged.connect(self._update_buttons)
        self.resize(900, 600)

    def running_page(self) -> _RunPage | None:
        """The page whose import (dry or real) is running, if one is."""
        for page in (self.preview_page, self.import_page):
            if page.running:
                return page
        return None

    def can_go_back(self) -> bool:
        """Not while an import runs (Back then Next would start a second one beside it),
        nor once the import is saved: the window's work is done, Finish closes it."""
        return self.running_page() is None and self.import_page.report is None

    def _update_buttons(self) -> None:
        if not self.can_go_back():
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        if self.running_page() is not None:
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
                self.button(which).setEnabled(False)

    def back(self) -> None:
        """As the Back button: nothing while an import runs or once it is saved."""
        if self.can_go_back():
            super().back()

    def next(self) -> None:
        """As the Next button: nothing while an import runs."""
        if self.running_page() is None:
            super().next()

    def reject(self) -> None:
        """Cancel, Esc and the title bar's close: while an import runs, it is cancelled as
        the page's own Cancel does, and the window closes once it has stopped, so that no
        import commits unseen after the window is gone."""
        page = self.running_page()
        if page is None:
            super().reject()
            return
        self._close_when_stopped = True
        page.stop()

    def stopped(self, page: _RunPage) -> None:
        """A page's import reported back: close if closing was asked, unless it committed
        before the cancel reached it (its summary then stays, with its undo entry)."""
        if self._close_when_stopped and self.running_page() is None:
            self._close_when_stopped = False
            if page.dry_run or page.report is None:
                super().reject()
        self.import_stopped.emit()

    def count(self, n: int) -> str:
        """A count grouped the window's way, as its other counts are (``9 997`` in French)."""
        return format_count(n, self._locale)

    def amount(self, money: Money) -> str:
        """An amount the window's way, with its currency (``300,00 EUR`` in French)."""
        return format_amount(money, self._locale, currency=True)

    def percent(self, value: float) -> str:
        """A likeness in per cent, with one decimal the window's way (``87,5 %``)."""
        return f"{self._locale.toString(value, 'f', 1)} %"

    def rows_read(self, done: int) -> str:
        """How far an import has read, for the pages that run it (counted here: the
        pages share ``_RunPage``, whose own ``tr()`` would not find the plural forms)."""
        return self.tr("%Ln row(s) read…", "", done)

    def file_options(self) -> dict[str, Any]:
        """The file and the preset or mapping file chosen on the first page."""
        page = self.file_page
        mapping = page.mapping.text().strip()
        encoding = page.encoding.text().strip() if page.encoding.isEnabled() else ""
        return {
            "path": Path(page.path.text().strip()),
            "preset": page.preset.currentData(),
            "mapping": Path(mapping) if mapping else None,
            "sheet": page.sheet.currentData(),
            "encoding": encoding or None,
        }

    def import_options(self) -> dict[str, Any]:
        """What to import with: the saved mapping, or the columns as edited (a mapping
        file of this wizard's), or the first page's choice."""
        options = self.file_options()
        page = self.columns_page
        if page.saved is not None and page.columns() == page.saved_columns:
            return options | {"preset": page.saved, "mapping": None}
        if page.edited() and page.seen is not None:
            path = save_mapping(
                "edited in the wizard",
                page.columns(),
                base=page.seen.preset,
                folder=Path(self._edited_mapping.name),
                headers=page.seen.headers,
            )
            return options | {"preset": None, "mapping": path}
        return options

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
        accepted = self.preview_page.accepted_matches()

        def redo() -> None:
            again = import_file(ledger, skip_bad_rows=True, **options)
            state["batch"] = again.batch_id
            # the merges ticked in the window, made again (the donors have new ids)
            _merged, failed = merge_accepted(ledger, accepted, again)
            if failed:
                raise failed[0]

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


def merge_accepted(
    ledger: Ledger, accepted: list[dict[str, Any]], report: ImportReport
) -> tuple[list[str], list[TreasurerError]]:
    """Merge the donors of the proposals ticked in the preview, by the ids ``report``
    (the import that committed) gave them: ("name → known name" of each merged, the
    errors of those that could not be)."""
    merged: list[str] = []
    failed: list[TreasurerError] = []
    for proposal in accepted:
        new_id, known_id = proposal["new_donor_id"], proposal["known_donor_id"]
        found = [p for p in report.fuzzy if p["name"] == proposal["name"]]
        if found:
            # the ids the import gave (the known donor may be new in the file too)
            new_id, known_id = found[0]["new_donor_id"], found[0]["known_donor_id"]
        try:
            merge_donors(ledger, int(known_id), int(new_id))
        except TreasurerError as exc:
            failed.append(exc)
            continue
        merged.append(f"{proposal['name']} → {proposal['known_name']}")
    return merged, failed


def _buddy(form: QFormLayout, row: QHBoxLayout, field: QWidget) -> None:
    """A label beside a row of widgets: its shortcut (Alt+letter) goes to ``field``."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(field)


def _with_place(name: str, where: str | None) -> str:
    """A donor's name and where they live, which may tell two people of one name apart."""
    return f"{name} ({where})" if where else name
