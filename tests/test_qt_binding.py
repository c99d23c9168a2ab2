"""The pinned Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did:
the app aborted with 'none_dealloc' after a few thousand calls like QLabel.setText)."""

import subprocess
import sys

CHECK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem
app = QApplication([])
label, item = QLabel(), QListWidgetItem()
before = sys.getrefcount(None)
for i in range(20000):
    label.setText(str(i))
    item.setText(str(i))
print(sys.getrefcount(None) - before)
"""


def test_qt_calls_do_not_leak_none() -> None:
    proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert abs(int(proc.stdout.strip().splitlines()[-1])) < 100
