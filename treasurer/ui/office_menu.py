"""The File > Field offices menu: what ``treasurer office …`` does, from the window.

A field office exports a bundle (encrypted if a passphrase is given) and reads
headquarters' acknowledgement; headquarters imports bundles, writes acknowledgements and
setup files for new offices. The work runs off the window's thread; errors are shown in
plain words (``errors.show_error``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from treasurer.core.crypto import is_encrypted
from treasurer.services import office_import, offices
from treasurer.services.session import Ledger
from treasurer.ui.ops import run_op

_BUNDLES = "Treasurer bundles (*.zip *.bundle);;All files (*)"
_JSON = "JSON (*.json);;All files (*)"


class OfficeMenu(QObject):
    """The submenu, for the ledger ``ledger()`` gives (None: no ledger open)."""

    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        ledger: Callable[[], Ledger | None],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ledger = ledger
        self._changed = changed
        self.menu = menu.addMenu(self.tr("Field &offices"))
        self.export_action = self._add(self.tr("&Export a bundle for headquarters…"), self.export)
        self.ack_import_action = self._add(
            self.tr("&Read headquarters' acknowledgement…"), self.read_ack
        )
        self.menu.addSeparator()
        self.import_action = self._add(
            self.tr("&Import a field office's bundle…"), self.import_bundle
        )
        self.ack_action = self._add(self.tr("&Write an acknowledgement for the offices…"), self.ack)
        self.setup_action = self._add(
            self.tr("Make a &setup file for a new office…"), self.setup_file
        )

    def _add(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # ------------------------------------------------------------ at an office
    def export(self, out: Path | None = None, passphrase: str | None = None) -> None:
        ledger = self._ledger()
        if ledger is None:
            return
        if out is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Export a bundle"), "bundle.zip", _BUNDLES
            )
            if not chosen:
                return
            out = Path(chosen)
            passphrase = self._ask_passphrase(
                self.tr("A passphrase to encrypt the bundle (leave empty for none):")
            )

        def done(result: offices.ExportResult) -> None:
            self._tell(
                self.tr("Bundle {n} written to {path}: {donations}.").format(
                    n=result.sequence,
                    path=result.path,
                    donations=self.tr(
                        "%Ln donation(s) and refund(s)", "", result.counts["donations"]
                    ),
                )
            )

        run_op(
            self._window,
            lambda _op: offices.export_bundle(ledger, out=out, passphrase=passphrase),
            on_done=done,
            label=self.tr("Writing the bundle…"),
        )

    def read_ack(self, path: Path | None = None) -> None:
        ledger = self._ledger()
        if ledger is None:
            return
        path = path or self._open(self.tr("Headquarters' acknowledgement"), _JSON)
        if path is None:
            return
        run_op(
            self._window,
            lambda _op: offices.import_ack(ledger, path),
            on_done=lambda _r: self._tell(self.tr("The acknowledgement was recorded.")),
        )

    # ------------------------------------------------------------ at headquarters
    def import_bundle(self, path: Path | None = None, passphrase: str | None = None) -> None:
        ledger = self._ledger()
        if ledger is None:
            return
        if path is None:
            path = self._open(self.tr("A field office's bundle"), _BUNDLES)
            if path is None:
                return
            if is_encrypted(path):
                passphrase = self._ask_passphrase(self.tr("The bundle's passphrase:"))
                if not passphrase:
                    return
        chosen = path

        def done(report: office_import.OfficeImportReport) -> None:
            added = report.added
            self._tell(
                self.tr(
                    "Imported from {office}: {donations}, {refunds}, {donors}; {flags}."
                ).format(
                    office=report.office_name or report.unit or "?",
                    donations=self.tr("%Ln donation(s)", "", added.get("donations", 0)),
                    refunds=self.tr("%Ln refund(s)", "", added.get("refunds", 0)),
                    donors=self.tr("%Ln new donor(s)", "", added.get("donors", 0)),
                    flags=self.tr("%Ln flag(s) raised by the rules", "", len(report.flags_raised)),
                )
            )
            self._changed()

        run_op(
            self._window,
            lambda _op: office_import.import_bundle(ledger, chosen, passphrase=passphrase),
            on_done=done,
            label=self.tr("Checking and importing the bundle…"),
        )

    def ack(self, out: Path | None = None) -> None:
        ledger = self._ledger()
        if ledger is None:
            return
        if out is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Write an acknowledgement"), "acknowledgement.json", _JSON
            )
            if not chosen:
                return
            out = Path(chosen)
        target = out
        run_op(
            self._window,
            lambda _op: offices.write_ack(ledger, out=target),
            on_done=lambda _r: self._tell(
                self.tr("Acknowledgement written to {path}.").format(path=target)
            ),
        )

    def setup_file(self, unit: str | None = None, out: Path | None = None) -> None:
        ledger = self._ledger()
        if ledger is None:
            return
        if unit is None:
            unit, ok = QInputDialog.getText(
                self._window, self.tr("New field office"), self.tr("The office's accounting unit:")
            )
            if not ok or not unit.strip():
                return
        if out is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Setup file"), "office-setup.json", _JSON
            )
            if not chosen:
                return
            out = Path(chosen)
        name, target = unit.strip(), out
        run_op(
            self._window,
            lambda _op: offices.write_setup_file(ledger, unit=name, out=target),
            on_done=lambda _r: self._tell(
                self.tr(
                    "Setup file written to {path}: on the office's laptop, run "
                    "'treasurer office init --setup' with it."
                ).format(path=target)
            ),
        )

    # ------------------------------------------------------------ helpers
    def _open(self, title: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._window, title, "", filters)
        return Path(chosen) if chosen else None

    def _ask_passphrase(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(
            self._window, self.tr("Passphrase"), label, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def _tell(self, text: str) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Field offices"))
        box.setText(text)
        box.exec()
