"""Child process for test_languages: runs the real app (ipt_journal.cli.main) on a vault and prints,
as JSON, every visible text of the lock screen and of each section of the unlocked window."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QListWidget, QMenuBar, QTabBar, QWidget,
)

data_dir, passphrase, out = sys.argv[1], sys.argv[2], sys.argv[3]
app = QApplication.instance() or QApplication(sys.argv[:1])
result: dict = {"locked": [], "screens": {}}


def texts() -> list[str]:
    seen: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QLabel) and w.text():
                seen.append(w.text())
            elif isinstance(w, QAbstractButton) and w.text():
                seen.append(w.text())
            elif isinstance(w, QLineEdit) and w.placeholderText():
                seen.append(w.placeholderText())
            elif isinstance(w, QTabBar):
                seen += [w.tabText(i) for i in range(w.count())]
            elif isinstance(w, QComboBox):
                seen += [w.itemText(i) for i in range(min(w.count(), 30))]
            elif isinstance(w, QMenuBar):
                for a in w.actions():
                    seen.append(a.text())
                    if a.menu():
                        seen += [b.text() for b in a.menu().actions() if b.text()]
            if w.accessibleName():
                seen.append(w.accessibleName())
    return [t for t in seen if t.strip()]


def settle() -> None:
    for _ in range(5):
        app.processEvents()


def walk() -> None:
    settle()
    result["locked"] = texts()
    fields = [w for top in QApplication.topLevelWidgets() for w in top.findChildren(QLineEdit)
              if w.isVisible() and w.echoMode() == QLineEdit.EchoMode.Password]
    fields[0].setText(passphrase)
    fields[0].returnPressed.emit()
    settle()
    nav = min((lw for top in QApplication.topLevelWidgets() for lw in top.findChildren(QListWidget)
               if lw.isVisible() and 3 <= lw.count() <= 12), key=lambda lw: lw.x())
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        settle()
        result["screens"][str(row)] = texts()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
    for top in QApplication.topLevelWidgets():
        top.close()
    app.exit(0)


QTimer.singleShot(0, walk)
from ipt_journal.cli import main  # noqa: E402

sys.exit(main(["--data-dir", data_dir]))
