"""The donations table with its filters: period, donor, method, unit, flagged only and a
search, all done by the database; column widths are remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import ParseError, TreasurerError
from treasurer.core.model import PaymentMethod
from treasurer.core.names import normalise_name
from treasurer.core.periods import parse_period
from treasurer.services.browse import DonationQuery, resolve_donor_text
from treasurer.services.ledger import Ledger, list_units
from treasurer.ui import prefs
from treasurer.ui.donations_model import Column, DonationsModel
from treasurer.ui.i18n import say

#: Column widths at first, in average character widths; the last column stretches.
_WIDTHS = {
    Column.DATE: 14,
    Column.DONOR: 34,
    Column.AMOUNT: 16,
    Column.METHOD: 16,
    Column.REFERENCE: 18,
}
_COLUMNS_KEY = "donations/columns"


def method_names() -> dict[PaymentMethod, str]:
    translate = QCoreApplication.translate
    return {
        PaymentMethod.CASH: translate("PaymentMethod", "Cash"),
        PaymentMethod.CHEQUE: translate("PaymentMethod", "Cheque"),
        PaymentMethod.CARD: translate("PaymentMethod", "Card"),
        PaymentMethod.TRANSFER: translate("PaymentMethod", "Transfer"),
        PaymentMethod.ONLINE: translate("PaymentMethod", "Online"),
        PaymentMethod.IN_KIND: translate("PaymentMethod", "In kind"),
    }


class DonationsPage(QWidget):
    """Signals:
    donor_activated(int): a row was double-clicked: show its donor.
    fetch_failed(str): a page of the table could not be read."""

    donor_activated = Signal(int)
    fetch_failed = Signal(str)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._ledger: Ledger | None = None
        self.model: DonationsModel | None = None

        self.period = QLineEdit(self)
        self.period.setObjectName("period")
        self.period.setPlaceholderText(self.tr("all dates"))
        self.period.setToolTip(
            self.tr(
                "A year, quarter, month or range: 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30"
            )
        )
        self.donor = QLineEdit(self)
        self.donor.setObjectName("donor")
        self.donor.setPlaceholderText(self.tr("any donor"))
        self.method = QComboBox(self)
        self.method.addItem(self.tr("any method"), None)
        for method, name in method_names().items():
            self.method.addItem(name, method.value)
        self.unit = QComboBox(self)
        self.flagged = QCheckBox(self.tr("&Flagged only"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names, references, notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        clear = QPushButton(self.tr("Clear filters"), self)
        clear.clicked.connect(self.clear_filters)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.count = QLabel(self)

        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("&Dates:"), self.period),
            (self.tr("D&onor:"), self.donor),
            (self.tr("&Method:"), self.method),
            (self.tr("&Unit:"), self.unit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        bar.addWidget(self.flagged)
        second = QHBoxLayout()
        second.addWidget(self.search, 1)
        second.addWidget(clear)
        second.addWidget(self.count)

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
        self.table.doubleClicked.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self.problem.hide()

        # Typing waits for a pause before the database is asked.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filters)
        for edit in (self.period, self.donor, self.search):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.apply_filters)
        self.method.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.unit.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.flagged.toggled.connect(lambda _on: self.apply_filters())

    # ------------------------------------------------------------ public
    def set_ledger(self, ledger: Ledger | None) -> None:
        """Show ``ledger``'s donations (the caller owns the ledger).

        Raises:
            TreasurerError: the ledger cannot be read (nothing changed).
        """
        model = DonationsModel(ledger, locale=self._locale) if ledger is not None else None
        self._drop_model()
        self._ledger, self.model = ledger, model
        blocked = self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("any unit"), None)
        self.unit.addItem(self.tr("headquarters (no unit)"), -1)
        if ledger is not None:
            for unit in list_units(ledger):
                self.unit.addItem(unit.name, int(unit.id))
        self.unit.blockSignals(blocked)
        if model is None:
            return
        model.setParent(self)
        model.fetch_failed.connect(self.fetch_failed, Qt.ConnectionType.QueuedConnection)
        model.modelReset.connect(self._show_count)
        self.table.setModel(model)
        self._restore_columns()
        self.table.sortByColumn(model.sort_column, model.sort_order)
        self.apply_filters()
        self._show_count()

    def refresh(self) -> None:
        if self.model is not None:
            self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        for edit in (self.period, self.donor, self.search):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for combo in (self.method, self.unit):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.flagged.blockSignals(True)
        self.flagged.setChecked(False)
        self.flagged.blockSignals(False)
        self.apply_filters()

    def query(self) -> DonationQuery:
        """The filters as typed; raises ParseError for a period that cannot be read."""
        start = end = None
        if self.period.text().strip():
            span = parse_period(self.period.text())
            start, end = span.start, span.end
        method = self.method.currentData()
        unit = self.unit.currentData()
        return DonationQuery(
            start=start,
            end=end,
            donor_text=normalise_name(self.donor.text()) or None,
            method=PaymentMethod(method) if method else None,
            unit_id=unit if isinstance(unit, int) and unit > 0 else None,
            no_unit=unit == -1,
            flagged_only=self.flagged.isChecked(),
            search=normalise_name(self.search.text()) or None,
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        if self.model is None:
            return
        try:
            query = self.query()
        except ParseError as exc:
            self.problem.setText(say(exc))
            self.problem.show()
            return
        self.problem.hide()
        if self._ledger is not None:
            try:
                query = resolve_donor_text(self._ledger, query)
            except TreasurerError as exc:
                self.problem.setText(say(exc))
                self.problem.show()
                return
        self.model.set_query(query)

    # ------------------------------------------------------------ private
    def _show_count(self) -> None:
        if self.model is not None:
            self.count.setText(self.tr("%Ln shown", "", self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        if self.model is not None:
            donor = self.model.donor_id(index.row())
            if donor is not None:
                self.donor_activated.emit(donor)

    def _drop_model(self) -> None:
        if self.model is not None:
            selection = self.table.selectionModel()
            self.table.setModel(None)  # the view does not delete its selection model
            if selection is not None:
                selection.deleteLater()
            self.model.deleteLater()
            self.model = None

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = prefs.get_bytes(_COLUMNS_KEY)
        if state is None or not header.restoreState(state):
            char = self.table.fontMetrics().averageCharWidth()
            for column, chars in _WIDTHS.items():
                header.resizeSection(column, chars * char + 24)

    def save_columns(self) -> None:
        """Remember the columns' widths (and sort) for the next run."""
        if self.model is not None:
            prefs.set_value(_COLUMNS_KEY, self.table.horizontalHeader().saveState())

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Clicking a column that cannot be sorted leaves the arrow where the sort is."""
        model = self.model
        if model is None or model.is_sortable(column):
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(model.sort_column, model.sort_order)
        header.blockSignals(blocked)
