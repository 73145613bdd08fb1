"""The start screen: create a ledger, open one, reopen a recent one, or open the demo.
A ledger file dropped on the window opens too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import TreasurerError
from treasurer.services.compliance import list_profiles
from treasurer.services.demo import ensure_demo_ledger
from treasurer.services.ledger import LedgerLocation, demo_ledger_path, init_ledger
from treasurer.ui import errors, prefs
from treasurer.ui.i18n import current_language


class CreateDialog(QDialog):
    """Name, rule profile, currency, fiscal year and file of a new ledger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a ledger"))
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.profile = QComboBox(self)
        language = current_language()
        self._currencies: dict[str, str] = {}
        for profile in list_profiles():
            if "error" in profile:
                continue
            self.profile.addItem(
                profile["name"].get(language) or profile["name"]["en"], profile["id"]
            )
            self._currencies[profile["id"]] = profile["currency"]
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.fiscal = QLineEdit("01-01", self)
        self.fiscal.setToolTip(
            self.tr("Month and day the fiscal year starts, such as 01-01 or 04-06")
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.profile.currentIndexChanged.connect(lambda _i: self._profile_changed())
        self._profile_changed()
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation:"), self.name)
        form.addRow(self.tr("&Rule profile:"), self.profile)
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Fiscal year starts:"), self.fiscal)
        form.addRow(self.tr("Ledger &file:"), row)
        _buddy(form, row, self.path)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 260)

    def _profile_changed(self) -> None:
        self.currency.setText(self._currencies.get(self.profile.currentData() or "", ""))

    def _choose(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("New ledger file"), self.path.text(), self.tr("Treasurer ledgers (*.db)")
        )
        if path:
            self.path.setText(path if path.endswith(".db") else f"{path}.db")

    def create_ledger(self) -> Path | None:
        """Create the ledger as filled in; None (and the reason shown) if it cannot be."""
        path = Path(self.path.text()).expanduser()
        try:
            init_ledger(
                LedgerLocation.for_path(path),
                name=self.name.text(),
                jurisdiction=self.profile.currentData() or "",
                currency=self.currency.text(),
                fiscal_year_start=self.fiscal.text(),
            )
        except (TreasurerError, OSError) as exc:
            errors.show_error(self, exc)
            return None
        return path


class StartPage(QWidget):
    """Signals:
    open_requested(str): open the ledger file at this path."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Treasurer"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "The donation ledger of a political party: every gift checked against the "
                "law, and the filings it needs."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create a ledger…"), self)
        self.create_button.clicked.connect(self.create_ledger)
        open_button = QPushButton(self.tr("&Open a ledger file…"), self)
        open_button.clicked.connect(self._open_file)
        demo = QPushButton(self.tr("Open the &demo ledger"), self)
        demo.clicked.connect(self.open_demo)
        buttons = QHBoxLayout()
        for button in (self.create_button, open_button, demo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent")
        self.recent.itemActivated.connect(self._open_recent)
        hint = QLabel(self.tr("You can also drop a ledger file on this window."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Recent ledgers:"), self))
        layout.addWidget(self.recent, 1)
        layout.addWidget(hint)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in prefs.recent_ledgers():
            item = QListWidgetItem(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("This file is not there any more."))
            self.recent.addItem(item)

    def create_ledger(self) -> Path | None:
        dialog = CreateDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            path = dialog.create_ledger()
        finally:
            dialog.deleteLater()
        if path is not None:
            self.open_requested.emit(str(path))
        return path

    def open_demo(self) -> bool:
        window = self.window()
        try:
            location = ensure_demo_ledger(LedgerLocation.for_path(demo_ledger_path()))
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return False
        opener = getattr(window, "open_location", None)
        return bool(opener(location, demo=True)) if opener is not None else False

    def _open_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Open ledger"), "", self.tr("Treasurer ledgers (*.db);;All files (*)")
        )
        if path:
            self.open_requested.emit(path)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def _buddy(form: QFormLayout, row: QHBoxLayout, field: QWidget) -> None:
    """A label beside a row of widgets: its shortcut (Alt+letter) goes to ``field``."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(field)
