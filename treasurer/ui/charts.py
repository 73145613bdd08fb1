"""A bar chart drawn with QPainter: enough for the dashboard's two charts without
PySide6-Addons (QtCharts), which would add a large download to every install.

Bars run left to right, or right to left when the widget's layout direction is
right to left (Arabic); the largest bar's value is written above it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar
    value: int  # its height, relative to the others (minor units, counts)
    text: str  # the value as people read it (tooltip, and above the largest bar)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, label_lines: int = 1) -> None:
        """``label_lines``: how many lines a label under a bar may take (more lines, fewer
        labels left out for want of room)."""
        super().__init__(parent)
        self._label_lines = label_lines
        self._bars: list[Bar] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_bars(self, bars: list[Bar], *, empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setToolTip("\n".join(f"{b.label}: {b.text}" for b in bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        area = self.rect().adjusted(6, 6, -6, -6)
        text_pen = palette.color(QPalette.ColorRole.WindowText)
        if not self._bars or all(b.value <= 0 for b in self._bars):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        line = metrics.height()
        plot = area.adjusted(0, line + 4, 0, -(line * self._label_lines + 6))
        count = len(self._bars)
        slot = max(1, plot.width() // count)
        width = max(2, slot * 7 // 10)
        top = max(b.value for b in self._bars)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        axis = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(axis)
        painter.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom())
        fill = palette.color(QPalette.ColorRole.Highlight)
        # Labels wrap onto their lines, and are thinned out so that they never overlap.
        wrap = Qt.TextFlag.TextWordWrap if self._label_lines > 1 else Qt.TextFlag(0)
        widest = max(
            metrics.boundingRect(QRect(0, 0, slot, line * 8), int(wrap.value), b.label).width()
            if self._label_lines > 1
            else metrics.horizontalAdvance(b.label)
            for b in self._bars
        )
        step = max(1, -(-(widest + 6) // slot))
        for i, bar in enumerate(self._bars):
            position = count - 1 - i if rtl else i
            left = plot.left() + position * slot
            height = plot.height() * max(bar.value, 0) // top if top > 0 else 0
            painter.fillRect(
                QRect(left + (slot - width) // 2, plot.bottom() - height, width, height), fill
            )
            painter.setPen(text_pen)
            if i % step == 0:
                if self._label_lines > 1:
                    room = QRect(left, plot.bottom() + 3, slot, line * self._label_lines)
                else:
                    room = QRect(left - slot, plot.bottom() + 3, slot * 3, line)
                painter.drawText(
                    room,
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                    | int(wrap.value),
                    bar.label,
                )
            if bar.value == top:
                room = QRect(left - slot, plot.bottom() - height - line - 2, slot * 3, line)
                painter.drawText(
                    room,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, slot * 3),
                )
