"""The donations of a ledger as a Qt table, read a page at a time.

A ledger may hold a million donations, so the model never loads them all: it asks the
services for the count (which sizes the scroll bar right away) and, as the view
paints, for pages of ``PAGE_SIZE`` rows, keeping the last ``MAX_PAGES`` of them.
Sorting and filtering (``set_query``) are done by the database, on the columns it can
sort quickly; the model then starts again from an empty cache. Donations that an
open flag names carry a warning icon and the flag's explanation as tooltip.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from treasurer.core.errors import TreasurerError
from treasurer.core.model import Donation, EntryType, PaymentMethod
from treasurer.services.browse import (
    DonationQuery,
    count_filtered,
    donation_page,
    flagged_donations,
)
from treasurer.services.ledger import Ledger
from treasurer.ui.formatting import display_locale, format_amount, format_date
from treasurer.ui.i18n import current_language, say

PAGE_SIZE = 500
MAX_PAGES = 8

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    DATE = 0
    DONOR = 1
    AMOUNT = 2
    METHOD = 3
    REFERENCE = 4
    UNIT = 5


#: The columns the services can sort on, and their sort keys there.
SORT_KEYS: dict[Column, str] = {
    Column.DATE: "date",
    Column.DONOR: "donor",
    Column.AMOUNT: "amount",
}

_GRAVITY = {"error": 0, "warning": 1, "info": 2}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class _Row:
    """One donation as the table shows it: its cells' texts, formatted once per page."""

    texts: tuple[str, ...]
    tooltip: str | None
    failed: bool = False
    donation_id: int = 0
    donor_id: int = 0
    severity: str | None = None  # of the gravest open flag naming it


class DonationsModel(QAbstractTableModel):
    """A read-only, windowed table of a ledger's donations, newest first to begin with.

    Signals:
        fetch_failed(str): a page could not be read; its rows show as disabled and
            the message says why. Emitted once per failed page.
    """

    fetch_failed = Signal(str)

    def __init__(
        self, ledger: Ledger, *, locale: QLocale | None = None, parent: QObject | None = None
    ) -> None:
        """Count the ledger's donations; read no rows yet.

        Raises:
            TreasurerError: the ledger cannot be read.
        """
        super().__init__(parent)
        self._ledger = ledger
        self._locale = display_locale(locale)
        self._currency = ledger.settings().base_currency
        self._sort_column = Column.DATE
        self._descending = True
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        self._query = DonationQuery()
        self._flagged = flagged_donations(ledger, current_language())
        self._count = count_filtered(ledger, self._query)
        self._icons: dict[str, QIcon] = {}
        self._methods = {
            PaymentMethod.CASH: self.tr("Cash"),
            PaymentMethod.CHEQUE: self.tr("Cheque"),
            PaymentMethod.CARD: self.tr("Card"),
            PaymentMethod.TRANSFER: self.tr("Transfer"),
            PaymentMethod.ONLINE: self.tr("Online"),
            PaymentMethod.IN_KIND: self.tr("In kind"),
        }
        self._entries = {
            EntryType.REFUND: self.tr("refund"),
            EntryType.RETURN: self.tr("return"),
        }

    # ------------------------------------------------------------ state
    @property
    def currency(self) -> str:
        """The ledger's base currency; amounts in it are shown without a code."""
        return self._currency

    @property
    def sort_column(self) -> Column:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_KEYS

    def cached_pages(self) -> list[int]:
        """The page numbers held now, least recently used first (for tests and debugging)."""
        return list(self._pages)

    @property
    def query(self) -> DonationQuery:
        return self._query

    def set_query(self, query: DonationQuery) -> None:
        """Show the donations ``query`` selects (counted and read by the database)."""
        if query == self._query:
            return
        self._query = query
        self.refresh(flags=False)

    def donation_id(self, row: int) -> int | None:
        found = self._row(row)
        return found.donation_id if found is not None and not found.failed else None

    def donor_id(self, row: int) -> int | None:
        found = self._row(row)
        return found.donor_id if found is not None and not found.failed else None

    def refresh(self, *, flags: bool = True) -> None:
        """Count again and forget every page read so far (after the ledger changed)."""
        self.beginResetModel()
        self._pages.clear()
        if flags:
            self._flagged = flagged_donations(self._ledger, current_language())
        self._count = count_filtered(self._ledger, self._query, flagged=self._flagged)
        self.endResetModel()

    # ------------------------------------------------------------ QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return super().headerData(section, orientation, role)
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column is Column.AMOUNT else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.AMOUNT else _LEFT
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.DATE and row.severity is not None:
                return self._icon(row.severity)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        return row.texts[column]

    def _icon(self, severity: str) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            pixmap = {
                "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            }.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
            icon = self._icons[severity] = QApplication.style().standardIcon(pixmap)
        return icon

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        row = self._row(index.row())
        if row is not None and not row.failed:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by Date, Donor or Amount, in the database; other columns are left as they are."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._sort_column and descending == self._descending:
            return
        self.beginResetModel()
        self._sort_column = Column(column)
        self._descending = descending
        self._pages.clear()
        self.endResetModel()

    # ------------------------------------------------------------ pages
    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # Fewer rows than counted: another user deleted some since; show them blank.
        return page[offset] if offset < len(page) else None

    def _fetch(self, number: int) -> list[_Row]:
        start = number * PAGE_SIZE
        size = min(PAGE_SIZE, self._count - start)
        try:
            donations = donation_page(
                self._ledger,
                self._query,
                sort=SORT_KEYS[self._sort_column],
                descending=self._descending,
                offset=start,
                limit=size,
                flagged=self._flagged,
            )
        except TreasurerError as exc:
            # A failed page is kept like any other, so that painting does not retry it
            # for every cell; refresh() tries again.
            message = say(exc)
            self.fetch_failed.emit(message)
            failed = _Row(
                (self.tr("(cannot be read)"), *([""] * (len(Column) - 1))), message, failed=True
            )
            return [failed] * size
        return [self._format(d) for d in donations]

    def _format(self, donation: Donation) -> _Row:
        amount = format_amount(
            donation.amount, self._locale, currency=donation.amount.currency != self._currency
        )
        method = self._methods.get(donation.method, donation.method.value)
        entry = self._entries.get(donation.entry_type)
        if entry is not None:
            method = f"{method} ({entry})"
        flags = self._flagged.get(donation.id)
        tooltip = donation.notes
        severity = None
        if flags:
            severity = min((s for s, _m in flags), key=lambda s: _GRAVITY.get(s, 3))
            tooltip = "\n\n".join(
                [*(m for _s, m in flags), *([donation.notes] if donation.notes else [])]
            )
        return _Row(
            texts=(
                format_date(donation.received_on),
                donation.donor_name,
                amount,
                method,
                donation.reference or "",
                donation.unit or "",
            ),
            tooltip=tooltip,
            donation_id=donation.id,
            donor_id=donation.donor_id,
            severity=severity,
        )

    def _header_text(self, column: Column) -> str:
        match column:
            case Column.DATE:
                return self.tr("Date")
            case Column.DONOR:
                return self.tr("Donor")
            case Column.AMOUNT:
                return self.tr("Amount ({currency})").format(currency=self._currency)
            case Column.METHOD:
                return self.tr("Method")
            case Column.REFERENCE:
                return self.tr("Reference")
            case Column.UNIT:
                return self.tr("Unit")
