"""Render the real app's screens to PNG from a small sample journal (for the README and for looking).

    python docs/screenshots.py OUT_DIR [--dark] [--scale 1.5] [--lang es] [--size 900x600]

Runs offscreen on a throwaway vault in a temporary folder; nothing touches the member's own journal.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "sample quiet kettle morning"


def sample(session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.entries import Entry, Feeling
    from ipt_journal.domain.goals import Goal

    now = datetime.now().astimezone()
    texts = [
        ("After group", "I noticed my chest tighten when R. talked about her father. I stayed quiet, "
         "and I want to say next week that it reminded me of home."),
        ("Before Thursday", "I keep putting off telling M. that I feel ignored when I speak. "
         "Maybe I can start with what I noticed, not with a question."),
        ("A calmer evening", "Walked after dinner. Called my sponsor. Slept better than last week."),
    ]
    for i, (title, body) in enumerate(texts):
        session.journal.save(Entry(kind="free", entry_at=now - timedelta(days=i * 2), title=title, body=body,
                                   feelings=(Feeling("calm", 4),) if i == 2 else ()))
    session.goals.create(Goal(title="Speak up once per session", why="So the group knows me.", horizon="short"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(allow_abbrev=False)
    parser.add_argument("out")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="900x600")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    tag = f"{args.lang}-{'dark' if args.dark else 'light'}-{int(args.scale * 100)}-{args.size}"

    from PySide6.QtWidgets import QApplication

    from ipt_journal.vault import keyfile

    keyfile.default_kdf = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)  # a throwaway vault
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ipt_journal.app import MainWindow
    from ipt_journal.services.session import Session
    from ipt_journal.ui import i18n, style

    i18n.install(args.lang)
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), style.MIN_PT) * args.scale)
    app.setFont(font)
    style.apply(app, "dark" if args.dark else "light")
    with tempfile.TemporaryDirectory() as tmp:
        first_run_pages(app, Path(tmp) / "new", out, tag, width, height)
        data = Path(tmp) / "vault"
        s = Session(data)
        s.create(PASSPHRASE)
        sample(s)
        s.lock()
        window = MainWindow(Session(data, language=args.lang))
        window.resize(width, height)
        window.show()
        settle(app)
        window.grab().save(str(out / f"{tag}-lock.png"))
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        app.processEvents()
        nav = window.workspace.nav
        for row in range(nav.count()):
            nav.setCurrentRow(row)
            settle(app)
            from ipt_journal.ui.workspace import NAV

            name = NAV[row].lower().replace(" ", "-")  # the same file names in every language
            window.grab().save(str(out / f"{tag}-{row}-{name}.png"))
        dialogs_of(app, window, out, tag)
        from ipt_journal.ui.support import open_support

        page = open_support(window, window.session)
        page.resize(width, height)
        settle(app)
        page.grab().save(str(out / f"{tag}-support.png"))
        page.close()
        window.workspace.search_field.setText("noticed")
        window.workspace.search.run()
        settle(app)
        window.grab().save(str(out / f"{tag}-search.png"))
        window.lock()
        window.close()
    print(out)
    return 0


def first_run_pages(app, folder: Path, out: Path, tag: str, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Every page of first run, on a folder with no journal yet (the code shown is a made-up one)."""
    from ipt_journal.app import MainWindow
    from ipt_journal.services.session import Session

    window = MainWindow(Session(folder))
    window.resize(width, height)
    window.show()
    fr = window.first_run
    fr.code_label.setText("7K3M-Q9XT-HB4R-2WNC-P8VD-6FJY")
    fr.confirm_prompt.setText(fr.tr("Please type the %1 group of four characters from your recovery code.")
                              .replace("%1", fr.tr("third")))
    for i in range(fr.count()):
        fr.setCurrentIndex(i)
        settle(app)
        window.grab().save(str(out / f"{tag}-first-run-{i}.png"))
    window.close()


def dialogs_of(app, window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    """Preferences and Keyboard shortcuts as they open from the menus."""
    from ipt_journal.ui.keyboard_shortcuts import KeyboardShortcutsDialog
    from ipt_journal.ui.preferences import PreferencesDialog

    for name, dialog in (("preferences", PreferencesDialog(5, window)), ("shortcuts", KeyboardShortcutsDialog(window))):
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / f"{tag}-{name}.png"))
        dialog.reject()


def settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let delayed layouts (item views lay out on a timer) finish before a picture is taken."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()
    app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
