"""The dashboard: a period's money, donors, small-donation share, open flags, the
deadlines of the next 30 days and two charts. Computed off the window's thread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.money import Money
from treasurer.services.dashboard import Dashboard, dashboard, default_period, period_choices
from treasurer.services.ledger import Ledger
from treasurer.ui import errors
from treasurer.ui.charts import Bar, BarChart
from treasurer.ui.formatting import format_amount, format_count, isolate
from treasurer.ui.i18n import current_language
from treasurer.ui.ops import Operation, run_op


class _Card(QFrame):
    """A figure and what it is."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(title, self)
        self.value = QLabel("—", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        for label in (self.title, self.value, self.note):
            layout.addWidget(label)
        layout.addStretch(1)


class DashboardPage(QWidget):
    """Signals:
    loaded(): the figures of the chosen period are shown (or could not be read)."""

    loaded = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._ledger: Ledger | None = None
        self._generation = 0
        self.is_loaded = False
        self.board: Dashboard | None = None

        self.period = QComboBox(self)
        self.period.setObjectName("period")
        self.period.setEditable(True)
        self.period.setMinimumContentsLength(22)
        self.period.setToolTip(
            self.tr(
                "A year, quarter, month or range: 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30"
            )
        )
        self.period.activated.connect(lambda _i: self.reload())
        line = self.period.lineEdit()
        assert line is not None
        line.returnPressed.connect(self.reload)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.reload)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(refresh)

        self.raised = _Card(self.tr("Total raised"), self)
        self.donations = _Card(self.tr("Donations"), self)
        self.donors = _Card(self.tr("Donors"), self)
        self.small = _Card(self.tr("From small donations"), self)
        self.flags = _Card(self.tr("Open flags"), self)
        cards = QHBoxLayout()
        for card in (self.raised, self.donations, self.donors, self.small, self.flags):
            cards.addWidget(card, 1)

        self.deadlines = QTreeWidget(self)
        self.deadlines.setObjectName("deadlines")
        self.deadlines.setRootIsDecorated(False)
        self.deadlines.setHeaderLabels(
            [self.tr("Deadline"), self.tr("Days left"), self.tr("Donor"), self.tr("What to do")]
        )
        header = self.deadlines.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        deadlines_box = QGroupBox(self.tr("Deadlines in the next 30 days"), self)
        QVBoxLayout(deadlines_box).addWidget(self.deadlines)

        self.months_chart = BarChart(self)
        self.months_chart.setObjectName("months_chart")
        self.bands_chart = BarChart(self, label_lines=2)
        self.bands_chart.setObjectName("bands_chart")
        months_box = QGroupBox(self.tr("Donations over time (net, by month)"), self)
        QVBoxLayout(months_box).addWidget(self.months_chart)
        bands_box = QGroupBox(self.tr("Donors by size of their total"), self)
        QVBoxLayout(bands_box).addWidget(self.bands_chart)
        charts = QGridLayout()
        charts.addWidget(months_box, 0, 0)
        charts.addWidget(bands_box, 0, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addLayout(charts, 3)
        layout.addWidget(deadlines_box, 2)

    # ------------------------------------------------------------ public
    def set_ledger(self, ledger: Ledger | None) -> None:
        self._ledger = ledger
        self.period.clear()
        if ledger is None:
            return
        self.period.addItems(period_choices(ledger))
        self.period.setCurrentText(default_period(ledger))
        self.reload()

    def reload(self) -> Operation | None:
        """Compute the figures of the period typed or chosen, in the background."""
        ledger = self._ledger
        if ledger is None:
            return None
        self._generation += 1
        generation = self._generation
        period = self.period.currentText().strip() or None
        language = current_language()
        self.is_loaded = False

        def done(board: Dashboard) -> None:
            if generation == self._generation:
                self._show(board)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            errors.show_error(self, exc)
            self.is_loaded = True
            self.loaded.emit()

        return run_op(
            self,
            lambda _op: dashboard(ledger, period, language=language),
            on_done=done,
            on_failed=failed,
        )

    # ------------------------------------------------------------ private
    def _money(self, money: Money) -> str:
        return format_amount(money, self._locale, currency=True)

    def _show(self, board: Dashboard) -> None:
        self.board = board
        locale = self._locale
        self.heading.setText(
            self.tr("{period}: {start} to {end}").format(
                period=board.period.label,
                start=isolate(board.period.start.isoformat()),
                end=isolate(board.period.end.isoformat()),
            )
        )
        self.raised.value.setText(self._money(board.raised))
        self.raised.note.setText(self.tr("net of refunds and returns"))
        self.donations.value.setText(format_count(board.donations, locale))
        self.donors.value.setText(format_count(board.donors, locale))
        if board.small_share is not None and board.small_threshold is not None:
            percent = (board.small_share * 100).quantize(Decimal("0.1"))
            self.small.value.setText(
                self.tr("{percent} %").format(percent=_decimal(locale, percent))
            )
            self.small.note.setText(
                self.tr("donations of {amount} or less").format(
                    amount=isolate(self._money(board.small_threshold))
                )
            )
        else:
            self.small.value.setText("—")
            self.small.note.setText(self.tr("the profile sets no threshold"))
        flags = board.open_flags
        self.flags.value.setText(format_count(sum(flags.values()), locale))
        self.flags.note.setText(
            " · ".join(
                (
                    self.tr("%Ln error(s)", "", flags.get("error", 0)),
                    self.tr("%Ln warning(s)", "", flags.get("warning", 0)),
                    self.tr("%Ln to know", "", flags.get("info", 0)),
                )
            )
        )
        self._show_deadlines(board.deadlines)
        self.months_chart.set_bars(
            [
                Bar(self._month_label(label, len(board.months)), m.minor, self._money(m))
                for label, m in board.months
            ],
            empty_text=self.tr("No donations in this period"),
        )
        bands = []
        for band in board.bands:
            if band.low is None and band.high is None:
                label = self.tr("all")
            elif band.low is None:
                assert band.high is not None
                label = self.tr("≤ {amount}").format(amount=self._short(band.high))
            elif band.high is None:
                label = self.tr("> {amount}").format(amount=self._short(band.low))
            else:
                label = self.tr("{low} – {high}").format(
                    low=self._short(band.low), high=self._short(band.high)
                )
            bands.append(Bar(label, band.donors, format_count(band.donors, locale)))
        self.bands_chart.set_bars(bands, empty_text=self.tr("No donors in this period"))
        self.is_loaded = True
        self.loaded.emit()

    def _short(self, money: Money) -> str:
        """An amount without its cents when it has none: ≤ 150 rather than ≤ 150.00."""
        if money.minor % 100 == 0:
            return format_count(money.minor // 100, self._locale)
        return format_amount(money, self._locale)

    def _month_label(self, label: str, months: int) -> str:
        year, month = (int(part) for part in label.split("-"))
        name = self._locale.monthName(month, QLocale.FormatType.ShortFormat)
        return name if months <= 12 else f"{name} {year % 100:02d}"

    def _show_deadlines(self, flags: list[dict[str, Any]]) -> None:
        self.deadlines.clear()
        today = dt.date.today()
        for flag in flags:
            deadline = dt.date.fromisoformat(flag["deadline"])
            left = (deadline - today).days
            left_text = (
                self.tr("overdue by {n}").format(n=format_count(-left, self._locale))
                if left < 0
                else format_count(left, self._locale)
            )
            item = QTreeWidgetItem(
                [
                    flag["deadline"],
                    left_text,
                    flag["donor_name"] or "",
                    flag["remedy"] or flag["message"],
                ]
            )
            item.setToolTip(3, flag["message"])
            item.setData(0, Qt.ItemDataRole.UserRole, flag["id"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.deadlines.addTopLevelItem(item)
        if not flags:
            item = QTreeWidgetItem(["", "", "", self.tr("Nothing is due in the next 30 days.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.deadlines.addTopLevelItem(item)


def _decimal(locale: QLocale, value: Decimal) -> str:
    """A Decimal with the locale's decimal separator, never through a binary float."""
    text = str(value)
    return text.replace(".", locale.decimalPoint())
