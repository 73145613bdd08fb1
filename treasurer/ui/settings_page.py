"""Settings: the organisation's name (undoable), the profile's variant, election days,
the name written in the audit log, and the window's language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from treasurer.core.errors import TreasurerError
from treasurer.services.browse import ledger_options
from treasurer.services.compliance import get_profile
from treasurer.services.ledger import Ledger, update_settings
from treasurer.ui import errors, prefs
from treasurer.ui.commands import rename_command
from treasurer.ui.i18n import current_language

LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))


class SettingsPage(QWidget):
    """Signals:
    changed(): a setting of the ledger was saved.
    language_chosen(str): en, fr or ar."""

    changed = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger: Ledger | None = None
        self._name = ""

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        apply_language = QPushButton(self.tr("&Apply language"), self)
        apply_language.clicked.connect(self.choose_language)
        window_box = QGroupBox(self.tr("This computer"), self)
        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(apply_language)
        window_form = QFormLayout(window_box)
        window_form.addRow(self.tr("&Language of the window:"), row)
        _buddy(window_form, row, self.language)
        window_form.addRow(
            QLabel(
                self.tr(
                    "Numbers and dates follow the language; Arabic turns the window right to left."
                ),
                self,
            )
        )

        self.name = QLineEdit(self)
        self.name.setObjectName("organisation")
        self.profile = QLabel(self)
        self.profile.setWordWrap(True)
        self.variant = QComboBox(self)
        self.elections = QLineEdit(self)
        self.elections.setPlaceholderText(self.tr("election days, e.g. 2026-09-08, 2027-06-13"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("the name written in the audit log"))
        save = QPushButton(self.tr("&Save the ledger's settings"), self)
        save.setObjectName("save_settings")
        save.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        ledger_box = QGroupBox(self.tr("This ledger"), self)
        form = QFormLayout(ledger_box)
        form.addRow(self.tr("&Organisation:"), self.name)
        form.addRow(self.tr("Rule profile:"), self.profile)
        form.addRow(self.tr("&Variant:"), self.variant)
        form.addRow(self.tr("&Elections:"), self.elections)
        form.addRow(self.tr("&Your name:"), self.user)
        form.addRow(save)
        form.addRow(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(window_box)
        layout.addWidget(ledger_box)
        layout.addStretch(1)

    def set_ledger(self, ledger: Ledger | None) -> None:
        self._ledger = ledger
        self.variant.clear()
        self.name.clear()
        self.profile.clear()
        self.elections.clear()
        self.user.clear()
        if ledger is None:
            return
        try:
            info = ledger.settings()
            options = ledger_options(ledger)
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return
        self._name = info.name
        self.name.setText(info.name)
        self.elections.setText(", ".join(options.elections))
        self.user.setText(options.user_name)
        language = current_language()
        try:
            profile = get_profile(info.jurisdiction)
            self.profile.setText(
                self.tr("{name} ({id}), in {currency}; fiscal year from {start}").format(
                    name=profile.name.get(language),
                    id=profile.id,
                    currency=info.base_currency,
                    start=f"{info.fiscal_year_start_month:02d}-{info.fiscal_year_start_day:02d}",
                )
            )
            self.variant.addItem(self.tr("the profile's default"), "")
            for variant in profile.variants:
                self.variant.addItem(variant.name.get(language), variant.id)
            self.variant.setCurrentIndex(max(0, self.variant.findData(options.variant or "")))
        except TreasurerError:
            self.profile.setText(info.jurisdiction)

    def choose_language(self) -> None:
        code = self.language.currentData()
        prefs.set_value("language", code)
        self.language_chosen.emit(code)

    def save(self) -> bool:
        ledger = self._ledger
        if ledger is None:
            return False
        name = " ".join(self.name.text().split())
        window = self.window()
        try:
            if name != self._name:
                command = rename_command(
                    ledger,
                    old=self._name,
                    new=name,
                    text=self.tr("Rename the organisation"),
                    changed=self.changed.emit,
                    on_error=lambda exc: errors.show_error(self, exc),
                )
                push = getattr(window, "push_command", None)
                if push is not None:
                    push(command)
                self._name = name
            days = [
                d.strip() for d in self.elections.text().replace(";", ",").split(",") if d.strip()
            ]
            update_settings(
                ledger,
                variant=self.variant.currentData() or "",
                elections=days,
                user_name=self.user.text(),
            )
        except TreasurerError as exc:
            errors.show_error(self, exc)
            return False
        self.status.setText(self.tr("Saved."))
        self.changed.emit()
        return True


def _buddy(form: QFormLayout, row: QHBoxLayout, field: QWidget) -> None:
    """A label beside a row of widgets: its shortcut (Alt+letter) goes to ``field``."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(field)
