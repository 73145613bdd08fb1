"""Starting the window: which ledger opens, the demo on a first start, errors, --screenshot."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.support import Box
from treasurer.core.errors import UserError
from treasurer.services.ledger import (
    Ledger,
    LedgerLocation,
    count_donations,
    default_ledger_path,
    demo_ledger_path,
)
from treasurer.ui import app
from treasurer.ui.app import main, open_window
from treasurer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_a_ledger_writes_a_png_and_exits_0(
    qapp: QApplication, ledger_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shot.png"
    assert main(["--ledger", str(ledger_path), "--screenshot", str(out)]) == 0

    assert out.read_bytes().startswith(PNG_MAGIC)
    image = QImage(str(out))
    assert image.width() >= 800
    assert image.height() >= 500
    assert qapp.applicationName() == "Treasurer"
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_a_missing_ledger_is_an_error_on_stderr(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    status = main(["--ledger", str(missing), "--screenshot", str(tmp_path / "x.png")])

    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith(f"treasurer-gui: error: there is no ledger at {missing}")
    assert "treasurer init" in err
    assert not missing.exists()
    assert not (tmp_path / "x.png").exists()


def test_a_missing_ledger_without_screenshot_shows_a_box_and_does_not_run(
    qapp: QApplication,
    tmp_path: Path,
    message_boxes: list[Box],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "exec", lambda *_a: pytest.fail("the window ran"))
    missing = tmp_path / "missing.db"

    assert main(["--ledger", str(missing)]) == 2
    assert len(message_boxes) == 1
    assert message_boxes[0].icon == QMessageBox.Icon.Warning
    assert message_boxes[0].text.startswith(f"There is no ledger at {missing}")


def test_a_file_that_is_not_a_ledger_is_an_error(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n", encoding="utf-8")
    assert main(["--ledger", str(notes), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "is not a Treasurer ledger" in capsys.readouterr().err


def test_a_database_url_of_another_kind_is_an_error(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--db", "mysql://u@h/db", "--screenshot", str(tmp_path / "x.png")])
    assert status == 2
    assert "SQLite or PostgreSQL, not mysql" in capsys.readouterr().err


def test_ledger_and_db_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--ledger", "a.db", "--db", "sqlite:///b.db"])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_first_start_opens_a_demo_ledger_in_the_user_data_folder(
    qtbot: Any, tmp_path: Path
) -> None:
    assert not default_ledger_path().exists()
    assert demo_ledger_path().is_relative_to(tmp_path)  # never the real user folder

    window = open_window(ledger=None, db=None)
    qtbot.addWidget(window)

    assert window.windowTitle() == "Treasurer — Demo party (demo)"
    assert window.table.model().rowCount() == 2000
    assert demo_ledger_path().exists()
    assert not default_ledger_path().exists()
    window.close()


def test_first_start_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "demo.png"
    assert main(["--screenshot", str(out)]) == 0
    assert out.read_bytes().startswith(PNG_MAGIC)
    with Ledger.open(LedgerLocation.for_path(demo_ledger_path())) as demo:
        assert count_donations(demo) == 2000


def test_the_default_ledger_opens_once_it_exists(
    qtbot: Any, ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default_ledger_path().parent.mkdir(parents=True)
    ledger_path.rename(default_ledger_path())

    window = open_window(ledger=None, db=None)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Treasurer — Parti des Tests"
    assert not demo_ledger_path().exists()
    window.close()


def test_the_environment_can_name_the_ledger(
    qtbot: Any, ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TREASURER_LEDGER", str(ledger_path))
    window = open_window(ledger=None, db=None)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Treasurer — Parti des Tests"
    window.close()


def test_a_ledger_named_in_the_environment_must_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "gone.db"
    monkeypatch.setenv("TREASURER_LEDGER", str(missing))
    with pytest.raises(UserError, match="there is no ledger at"):
        open_window(ledger=None, db=None)
    assert not demo_ledger_path().exists()


def test_runs_the_window_until_it_is_closed(
    qapp: QApplication, ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def run(_app: QApplication) -> int:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        seen.extend(w.windowTitle() for w in shown)
        assert sys.excepthook is app._show_unexpected
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    hook = sys.excepthook
    assert main(["--ledger", str(ledger_path)]) == 0
    assert seen == ["Treasurer — Parti des Tests"]
    assert sys.excepthook is hook


def test_an_uncaught_error_while_running_is_shown_as_a_bug(
    message_boxes: list[Box], caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise ZeroDivisionError("division by zero")  # raised, for a real traceback
    except ZeroDivisionError as exc:
        app._show_unexpected(type(exc), exc, exc.__traceback__)

    assert len(message_boxes) == 1
    assert "This is a bug" in message_boxes[0].text
    assert "ZeroDivisionError: division by zero" in message_boxes[0].detailed
    assert "unexpected error" in caplog.text


def test_a_screenshot_needs_no_display(
    qapp: QApplication, ledger_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert main(["--ledger", str(ledger_path), "--screenshot", str(tmp_path / "s.png")]) == 0
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
