"""The main window: one ledger's donations in a table, its totals in the status bar."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
)

from treasurer.core.errors import UserError
from treasurer.core.money import Money
from treasurer.services.ledger import Ledger, LedgerInfo, LedgerLocation, ledger_info
from treasurer.ui import errors
from treasurer.ui.donations_model import Column, DonationsModel
from treasurer.ui.formatting import display_locale, format_amount, format_count

#: Column widths, in average character widths of the table's font; the last column stretches.
_WIDTHS = {
    Column.DATE: 12,
    Column.DONOR: 34,
    Column.AMOUNT: 16,
    Column.METHOD: 16,
    Column.REFERENCE: 18,
}


class MainWindow(QMainWindow):
    """The window of one open ledger, which it owns and closes.

    Args:
        ledger: the open ledger to show; the window closes it when it closes.
        demo: the ledger is the demo one (the title says so).
        locale: how numbers are written; the system's by default.

    Raises:
        TreasurerError: the ledger cannot be read (it is then still the caller's to close).
    """

    def __init__(
        self, ledger: Ledger, *, demo: bool = False, locale: QLocale | None = None
    ) -> None:
        super().__init__()
        self._locale = display_locale(locale)
        self._ledger: Ledger | None = None
        self._model: DonationsModel | None = None
        self._demo = False
        self.resize(1040, 680)

        self.table = QTableView(self)
        self.table.setObjectName("donations")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        rows = self.table.verticalHeader()
        # Fixed heights: the view never measures a million rows to lay them out.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        rows.setVisible(False)
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        columns.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.table.setSortingEnabled(True)
        self.setCentralWidget(self.table)
        # A permanent label: menu status tips and passing messages do not wipe it out.
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.statusBar().addWidget(self.summary)

        self._build_menus()
        self._set_ledger(ledger, demo=demo)

    # ------------------------------------------------------------ public
    @property
    def ledger(self) -> Ledger | None:
        return self._ledger

    @property
    def model(self) -> DonationsModel | None:
        return self._model

    def open_ledger(self, path: Path | str) -> bool:
        """Show the ledger in the file at ``path`` instead; on failure say why and keep the
        current one. Returns whether the ledger was opened."""
        path = Path(path)
        if not path.is_file():
            errors.show_error(self, UserError(f"there is no ledger file at {path}"))
            return False
        try:
            ledger = Ledger.open(LedgerLocation.for_path(path))
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        try:
            self._set_ledger(ledger, demo=False)
        except Exception as exc:
            ledger.close()
            errors.show_error(self, exc)
            return False
        return True

    def status_text(self) -> str:
        """What the status bar says about the ledger."""
        return self.summary.text()

    # ------------------------------------------------------------ events
    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_ledger()
        super().closeEvent(event)

    # ------------------------------------------------------------ private
    def _build_menus(self) -> None:
        menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open ledger…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self._choose_ledger)
        menu.addAction(self.open_action)
        menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Spelled out: the standard Quit key is empty on Windows.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)

    def _choose_ledger(self) -> None:
        start = ""
        if self._ledger is not None and self._ledger.location.path is not None:
            start = str(self._ledger.location.path.parent)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open ledger"),
            start,
            self.tr("Treasurer ledgers (*.db);;All files (*)"),
        )
        if path:
            self.open_ledger(path)

    def _set_ledger(self, ledger: Ledger, *, demo: bool) -> None:
        """Show ``ledger`` and own it from now on, in place of the one shown so far.

        Raises:
            Exception: reading the ledger failed; nothing changed and ``ledger`` is
                still the caller's.
        """
        info = ledger_info(ledger)
        model = DonationsModel(ledger, locale=self._locale)
        self._close_ledger()
        model.setParent(self)
        self._ledger, self._model, self._demo = ledger, model, demo
        # Queued: the model notices a failure while the view paints.
        model.fetch_failed.connect(self._show_fetch_failure, Qt.ConnectionType.QueuedConnection)
        self.table.setModel(model)
        self.table.sortByColumn(model.sort_column, model.sort_order)
        self._size_columns()
        self._show_info(info)

    def _close_ledger(self) -> None:
        if self._model is not None:
            selection = self.table.selectionModel()
            self.table.setModel(None)  # the view does not delete its selection model
            if selection is not None:
                selection.deleteLater()
            self._model.deleteLater()
            self._model = None
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def _size_columns(self) -> None:
        char = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, chars in _WIDTHS.items():
            header.resizeSection(column, chars * char + 16)

    def _show_info(self, info: LedgerInfo) -> None:
        title = (
            self.tr("Treasurer — {name} (demo)") if self._demo else self.tr("Treasurer — {name}")
        )
        self.setWindowTitle(title.format(name=info.name))
        donations = info.counts.get("donations", 0)
        donors = info.counts.get("donors", 0)
        totals = [Money.from_decimal(Decimal(v), c) for c, v in info.totals.items()]
        if not totals:
            totals = [Money.zero(info.currency)]
        parts = [
            self._plural(donations, self.tr("1 donation"), self.tr("{n} donations")),
            self._plural(donors, self.tr("1 donor"), self.tr("{n} donors")),
            self.tr("total {amount}").format(
                amount=", ".join(
                    format_amount(total, self._locale, currency=True) for total in totals
                )
            ),
        ]
        self.summary.setText(" · ".join(parts))

    def _plural(self, n: int, one: str, many: str) -> str:
        # TODO(i18n): Qt's %n plural forms once the translation files exist (Arabic has six).
        return one if n == 1 else many.format(n=format_count(n, self._locale))

    def _show_fetch_failure(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Some donations cannot be read: {}").format(message), 30_000
        )

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Clicking a column that cannot be sorted leaves the arrow where the sort is."""
        model = self._model
        if model is None or model.is_sortable(column):
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(model.sort_column, model.sort_order)
        header.blockSignals(blocked)
