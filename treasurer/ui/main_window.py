"""The main window: a list of screens on the side (dashboard, donations, donors, flags,
reports, settings; the start screen when no ledger is open), menus with the
platform's shortcuts, undo and redo of edits, and the ledger's totals in the status bar.

The window owns the open ledger and closes it. Its size, position and layout are
remembered. A ledger file dropped on it is opened.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QWidget,
)

from treasurer.core.errors import TreasurerError, UserError
from treasurer.core.money import Money
from treasurer.services.backup import backup_on_close
from treasurer.services.compliance import check_ledger, ledger_rules_apply
from treasurer.services.ledger import (
    AddResult,
    DonationRequest,
    Ledger,
    LedgerInfo,
    LedgerLocation,
    count_donations,
    ledger_info,
)
from treasurer.ui import errors, prefs
from treasurer.ui.commands import LedgerCommand, add_donation_command
from treasurer.ui.dashboard_page import DashboardPage
from treasurer.ui.donations_model import DonationsModel
from treasurer.ui.donations_page import DonationsPage
from treasurer.ui.donors_page import DonorsPage
from treasurer.ui.entry import EntryDialog
from treasurer.ui.flags_page import FlagsPage
from treasurer.ui.formatting import display_locale, format_amount
from treasurer.ui.i18n import apply_language, locale_for
from treasurer.ui.office_menu import OfficeMenu
from treasurer.ui.ops import Operation, run_op
from treasurer.ui.reports_page import ReportsPage
from treasurer.ui.settings_page import SettingsPage
from treasurer.ui.start_page import StartPage

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from treasurer.ui.import_wizard import ImportWizard

SUMMARY_NOW = 200_000
PAGES = ("start", "dashboard", "donations", "donors", "flags", "reports", "settings")


class MainWindow(QMainWindow):
    """The window of one open ledger (or none: the start screen), which it owns and closes.

    Args:
        ledger: the open ledger to show, or None; the window closes it when it closes.
        demo: the ledger is the demo one (the title says so).
        locale: how numbers are written; the language's by default.

    Signals:
        ledger_changed(): something was written to the ledger; screens read it again.
        language_chosen(str): the person chose another language in the settings.

    Raises:
        TreasurerError: the ledger cannot be read (it is then still the caller's to close).
    """

    ledger_changed = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, ledger: Ledger | None, *, demo: bool = False, locale: QLocale | None = None
    ) -> None:
        super().__init__()
        self._locale = display_locale(locale)
        self._ledger: Ledger | None = None
        self._demo = False
        self._entry: EntryDialog | None = None
        #: import windows open on the ledger; while one imports, the ledger stays open
        self._wizards: list[ImportWizard] = []
        #: closing was asked while imports ran: they were cancelled, the window closes
        #: once they have stopped
        self._close_when_imports_stop = False
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        self.setObjectName("main")

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self)
        self.dashboard = DashboardPage(self._locale, self)
        self.donations = DonationsPage(self._locale, self)
        self.donors = DonorsPage(self._locale, self)
        self.flags = FlagsPage(self._locale, self)
        self.reports = ReportsPage(self)
        self.settings_page = SettingsPage(self)
        self._pages: dict[str, QWidget] = {
            "start": self.start_page,
            "dashboard": self.dashboard,
            "donations": self.donations,
            "donors": self.donors,
            "flags": self.flags,
            "reports": self.reports,
            "settings": self.settings_page,
        }
        icons = {
            "start": QStyle.StandardPixmap.SP_DirHomeIcon,
            "dashboard": QStyle.StandardPixmap.SP_ComputerIcon,
            "donations": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "donors": QStyle.StandardPixmap.SP_DirOpenIcon,
            "flags": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "reports": QStyle.StandardPixmap.SP_FileIcon,
            "settings": QStyle.StandardPixmap.SP_FileDialogInfoView,
        }
        for name in PAGES:
            self.stack.addWidget(self._pages[name])
            item = QListWidgetItem(self.style().standardIcon(icons[name]), self._title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(
            max(self.nav.sizeHintForColumn(0), self.fontMetrics().horizontalAdvance("M" * 11)) + 24
        )
        self.nav.currentRowChanged.connect(self._nav_changed)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # A permanent label: menu status tips and passing messages do not wipe it out.
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.statusBar().addWidget(self.summary)

        self._build_menus()
        self.donations.donor_activated.connect(self.show_donor)
        self.donations.fetch_failed.connect(self._show_fetch_failure)
        self.flags.donor_activated.connect(self.show_donor)
        self.flags.changed.connect(self.notify_changed)
        self.donors.changed.connect(self.notify_changed)
        self.donors.push_command = self.undo_stack.push
        self.donors.command_failed = self._command_failed
        self.settings_page.changed.connect(self.notify_changed)
        self.settings_page.language_chosen.connect(self.language_chosen)
        self.language_chosen.connect(self.switch_language)
        self.replacement: MainWindow | None = None
        self.start_page.open_requested.connect(self.open_ledger)
        self.ledger_changed.connect(self._refresh)

        size = prefs.store().value("window/size")
        self.resize(size if isinstance(size, QSize) and not size.isEmpty() else QSize(1280, 800))
        geometry = prefs.get_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = prefs.get_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        self._set_ledger(ledger, demo=demo)

    # ------------------------------------------------------------ public
    @property
    def ledger(self) -> Ledger | None:
        return self._ledger

    @property
    def model(self) -> DonationsModel | None:
        return self.donations.model

    @property
    def table(self) -> QTableView:
        return self.donations.table

    def page(self) -> str:
        """The name of the screen shown."""
        return PAGES[self.stack.currentIndex()]

    def show_page(self, name: str) -> None:
        if self._ledger is None and name != "start":
            name = "start"
        self.nav.setCurrentRow(PAGES.index(name))

    def open_ledger(self, path: Path | str) -> bool:
        """Show the ledger in the file at ``path`` instead; on failure say why and keep the
        current one. Returns whether the ledger was opened."""
        path = Path(path)
        if not path.is_file():
            errors.show_error(self, UserError("there is no ledger file at {path}", path=path))
            return False
        return self.open_location(LedgerLocation.for_path(path))

    def open_location(self, location: LedgerLocation, *, demo: bool = False) -> bool:
        if self._busy_importing():
            return False
        try:
            ledger = Ledger.open(location)
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        try:
            self._set_ledger(ledger, demo=demo)
        except Exception as exc:
            ledger.close()
            errors.show_error(self, exc)
            return False
        if location.path is not None and not demo:
            prefs.remember_ledger(location.path)
        self.start_page.refresh_recent()
        return True

    def take_ledger(self) -> Ledger | None:
        """Hand the ledger over (to a window in another language); this window forgets it."""
        ledger = self._ledger
        self._ledger = None
        return ledger

    def switch_language(self, language: str) -> MainWindow:
        """Speak ``language`` from now on: a new window (same ledger, place and screen)
        replaces this one, built in that language and direction."""
        if self._busy_importing():
            return self
        self._close_import_windows()
        apply_language(language)
        page = self.page()
        demo = self._demo
        ledger = self.take_ledger()
        geometry = self.saveGeometry()
        replacement = MainWindow(ledger, demo=demo, locale=locale_for(language))
        replacement.restoreGeometry(geometry)
        replacement.show_page(page)
        self.replacement = replacement
        if self.isVisible():
            replacement.show()
        self.close()
        return replacement

    def close_ledger(self) -> None:
        if not self._busy_importing():
            self._set_ledger(None, demo=False)

    def status_text(self) -> str:
        """What the status bar says about the ledger."""
        return self.summary.text()

    def notify_changed(self) -> None:
        self.ledger_changed.emit()

    def new_donation(self) -> EntryDialog | None:
        """Open the entry form (Ctrl+N); one at a time."""
        if self._ledger is None:
            return None
        if self._entry is not None:
            self._entry.raise_()
            self._entry.activateWindow()
            return self._entry
        entry = EntryDialog(self._ledger, self._locale, self.record_donation, self)
        entry.finished.connect(self._entry_closed)
        self._entry = entry
        entry.show()
        return entry

    def record_donation(self, request: DonationRequest) -> AddResult:
        """Add a donation as an undoable edit; returns the service's ``AddResult``."""
        assert self._ledger is not None
        result, command = add_donation_command(
            self._ledger,
            request,
            text=self.tr("Add donation of {amount} from {donor}").format(
                amount=request.amount, donor=request.donor
            ),
            changed=self.notify_changed,
            on_error=self._command_failed,
        )
        self.undo_stack.push(command)
        self.notify_changed()
        return result

    def push_command(self, command: LedgerCommand) -> None:
        self.undo_stack.push(command)
        self.notify_changed()

    def command_failed(self, exc: BaseException) -> None:
        self._command_failed(exc)

    def show_donor(self, donor_id: int) -> None:
        self.show_page("donors")
        self.donors.show_donor(donor_id)

    def import_file(self, path: Path | None = None) -> ImportWizard | None:
        """Open the import wizard (Ctrl+I), on ``path`` if given."""
        if self._ledger is None:
            return None
        from treasurer.ui.import_wizard import ImportWizard  # the importers load on demand

        wizard = ImportWizard(self._ledger, self._locale, self)
        if path is not None:
            wizard.file_page.path.setText(str(path))
        wizard.finished.connect(lambda _r: self.notify_changed())
        wizard.finished.connect(lambda _r: self._wizards.remove(wizard))
        wizard.import_stopped.connect(self._import_stopped)
        self._wizards.append(wizard)
        wizard.show()
        return wizard

    def imports_running(self) -> list[ImportWizard]:
        """The import windows whose import (or preview) is running."""
        return [wizard for wizard in self._wizards if wizard.running_page() is not None]

    def confirm_stop_imports(self) -> bool:
        """Ask whether to stop the running imports so that the window can close."""
        answer = QMessageBox.question(
            self,
            self.tr("Treasurer"),
            self.tr(
                "An import is still running. Stop it and close Treasurer? Nothing of it "
                "is saved unless it has already finished."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _busy_importing(self) -> bool:
        """Whether an import into the ledger runs (then say so): the ledger cannot be
        closed or handed over under it."""
        if not self.imports_running():
            return False
        QMessageBox.information(
            self,
            self.tr("Treasurer"),
            self.tr(
                "An import into this ledger is still running. Let it finish, or cancel "
                "it in the import window, first."
            ),
        )
        return True

    def _close_import_windows(self) -> None:
        """Close the import windows (none runs): they import into this window's ledger,
        and go with it."""
        for wizard in list(self._wizards):
            wizard.reject()

    def _import_stopped(self) -> None:
        if self._close_when_imports_stop and not self.imports_running():
            self._close_when_imports_stop = False
            self.close()

    def check_rules(self) -> Operation | None:
        """Re-check every rule over the ledger, in the background."""
        ledger = self._ledger
        if ledger is None:
            return None

        def work(op: Operation) -> object:
            with op.cancellable(ledger):
                if not ledger_rules_apply(ledger):
                    raise UserError(
                        "the ledger's profile counts in another currency: no rule can be checked"
                    )
                return check_ledger(ledger)

        def done(result: object) -> None:
            raised: int = result.raised  # type: ignore[attr-defined]
            resolved: int = result.resolved  # type: ignore[attr-defined]
            self.statusBar().showMessage(
                self.tr("Rules checked: {raised}, {resolved}.").format(
                    raised=self.tr("%Ln flag(s) raised", "", raised),
                    resolved=self.tr("%Ln resolved", "", resolved),
                ),
                15_000,
            )
            self.notify_changed()

        return run_op(self, work, on_done=done, label=self.tr("Checking every rule…"))

    # ------------------------------------------------------------ events
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.imports_running():
            # an import must not go on into a ledger closed under it, nor commit unseen:
            # once the person agrees, it is cancelled and the window closes when it stopped
            event.ignore()
            if self._close_when_imports_stop or not self.confirm_stop_imports():
                return
            running = self.imports_running()  # one may have ended while the box was open
            if running:
                self._close_when_imports_stop = True
                for wizard in running:
                    wizard.reject()
                return
            QTimer.singleShot(0, self.close)
            return
        self._close_import_windows()
        prefs.set_value("window/geometry", self.saveGeometry())
        prefs.set_value("window/size", self.size())
        prefs.set_value("window/state", self.saveState())
        self.donations.save_columns()
        if self._entry is not None:
            self._entry.close()
        if self._ledger is not None:
            try:  # a copy as the window closes (shared/DESIGN.md: backups); never blocks closing
                backup_on_close(self._ledger)
            except (TreasurerError, OSError) as exc:
                log.warning("no backup on closing: %s", exc)
        self._close_ledger()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if (
            path.suffix.lower()
            in (".csv", ".xlsx", ".xls", ".ods", ".ofx", ".qfx", ".xml", ".sta", ".mt940")
            and self._ledger is not None
        ):
            self.import_file(path)
        else:
            self.open_ledger(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        return Path(urls[0].toLocalFile())

    # ------------------------------------------------------------ private
    def _title(self, name: str) -> str:
        return {
            "start": self.tr("Start"),
            "dashboard": self.tr("Dashboard"),
            "donations": self.tr("Donations"),
            "donors": self.tr("Donors"),
            "flags": self.tr("Flags"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }[name]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open ledger…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self._choose_ledger)
        menu.addAction(self.open_action)
        self.start_action = QAction(self.tr("&Start screen (new ledger, recent, demo)"), self)
        self.start_action.triggered.connect(lambda: self.show_page("start"))
        menu.addAction(self.start_action)
        self.close_action = QAction(self.tr("&Close ledger"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close_ledger)
        menu.addAction(self.close_action)
        menu.addSeparator()
        self.import_action = QAction(self.tr("&Import donations…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_file)
        menu.addAction(self.import_action)
        self.offices = OfficeMenu(self, menu, lambda: self._ledger, self._refresh)
        menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Spelled out: the standard Quit key is empty on Windows.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)

        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.new_action = QAction(self.tr("&New donation…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_donation)
        edit.addAction(self.new_action)
        self.find_action = QAction(self.tr("&Find donations…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._find)
        edit.addAction(self.find_action)
        self.check_action = QAction(self.tr("&Check every rule"), self)
        self.check_action.triggered.connect(self.check_rules)
        edit.addAction(self.check_action)

        view = self.view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: dict[str, QAction] = {}
        for number, name in enumerate(PAGES[1:], start=1):
            action = QAction(self._title(name), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, n=name: self.show_page(n))
            view.addAction(action)
            self.page_actions[name] = action

    def _ledger_actions(self, enabled: bool) -> None:
        for action in (
            self.close_action,
            self.import_action,
            self.new_action,
            self.find_action,
            self.check_action,
            *self.page_actions.values(),
        ):
            action.setEnabled(enabled)
        for row, name in enumerate(PAGES):
            item = self.nav.item(row)
            flags = item.flags()
            if name == "start" or enabled:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)

    def _find(self) -> None:
        self.show_page("donations")
        self.donations.focus_search()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)

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

    def _set_ledger(self, ledger: Ledger | None, *, demo: bool) -> None:
        """Show ``ledger`` (or the start screen) and own it from now on.

        Raises:
            Exception: reading the ledger failed; nothing changed and ``ledger`` is
                still the caller's.
        """
        settings = ledger.settings() if ledger is not None else None
        self.donations.set_ledger(ledger)  # raises before anything changed
        previous = self._ledger
        self._ledger, self._demo = ledger, demo
        if previous is not None and previous is not ledger:
            self._close_import_windows()
            previous.close()
        self.undo_stack.clear()
        if self._entry is not None:
            self._entry.close()
        for page in (self.dashboard, self.donors, self.flags, self.reports, self.settings_page):
            page.set_ledger(ledger)
        self._ledger_actions(ledger is not None)
        if settings is None:
            self.setWindowTitle(self.tr("Treasurer"))
            self.summary.setText(self.tr("No ledger is open."))
            self.show_page("start")
        else:
            self._show_title(settings.name)
            self._update_summary()
            self.show_page("dashboard")

    def _close_ledger(self) -> None:
        self.donations.set_ledger(None)
        for page in (self.dashboard, self.donors, self.flags, self.reports, self.settings_page):
            page.set_ledger(None)
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def _refresh(self) -> None:
        ledger = self._ledger
        if ledger is None:
            return
        self.donations.refresh()
        self.dashboard.reload()
        self.flags.reload()
        self.donors.reload()
        self.settings_page.set_ledger(ledger)
        self._update_summary()

    def _entry_closed(self, _result: int) -> None:
        if self._entry is not None:
            self._entry.deleteLater()
            self._entry = None

    def _command_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)

    def _show_title(self, name: str) -> None:
        title = (
            self.tr("Treasurer — {name} (demo)") if self._demo else self.tr("Treasurer — {name}")
        )
        self.setWindowTitle(title.format(name=name))

    def _update_summary(self) -> None:
        """The counts and totals in the status bar: at once for a ledger of up to
        ``SUMMARY_NOW`` donations, in the background above (adding up a million amounts
        takes a third of a second)."""
        ledger = self._ledger
        if ledger is None:
            return
        try:
            now = count_donations(ledger) <= SUMMARY_NOW
            if now:
                self._show_info(ledger_info(ledger))
                return
        except Exception as exc:
            errors.show_error(self, exc)
            return

        def done(info: LedgerInfo) -> None:
            if self._ledger is ledger:
                self._show_info(info)

        run_op(self, lambda _op: ledger_info(ledger), on_done=done)

    def _show_info(self, info: LedgerInfo) -> None:
        self._show_title(info.name)
        donations = info.counts.get("donations", 0)
        donors = info.counts.get("donors", 0)
        totals = [Money.from_decimal(Decimal(v), c) for c, v in info.totals.items()]
        if not totals:
            totals = [Money.zero(info.currency)]
        parts = [
            self.tr("%Ln donation(s)", "", donations),
            self.tr("%Ln donor(s)", "", donors),
            self.tr("total {amount}").format(
                amount=", ".join(
                    format_amount(total, self._locale, currency=True) for total in totals
                )
            ),
        ]
        self.summary.setText(" · ".join(parts))

    def _show_fetch_failure(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Some donations cannot be read: {}").format(message), 30_000
        )
