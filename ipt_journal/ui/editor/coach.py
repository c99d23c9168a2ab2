"""The statement coach in the editor: wording suggestions for the body, applied with Enter."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidgetItem


def coach_language() -> str:
    """The member's language for the coach: the one the screens speak."""
    try:
        from ipt_journal.ui import i18n

        current = getattr(i18n, "current", None)
        if callable(current):
            lang = str(current())
            if lang in ("en", "es"):
                return lang
    except ImportError:  # pragma: no cover - i18n is part of the app
        pass
    lang = QLocale().name()[:2]
    return lang if lang in ("en", "es") else "en"


class CoachPart:
    """The coach list under the body of EntryEditor."""

    def run_coach(self) -> None:
        from ipt_journal.domain.statements import nothing_spotted, review

        language = coach_language()
        text = self.body.toPlainText()
        hints = review(text, language)
        self.coach_list.clear()
        if not hints:
            self.coach_list.addItem(nothing_spotted(language))
        for hint in hints:
            shown = f"“{hint.sentence.strip()}”  →  {hint.rewrite}" if hint.rewrite else f"“{hint.sentence.strip()}”"
            item = QListWidgetItem(f"{shown}\n{hint.reason}")
            item.setData(Qt.ItemDataRole.UserRole, (hint.start, hint.end, hint.rewrite))
            self.coach_list.addItem(item)
        self.coach_list.setVisible(True)

    def _apply_hint(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or not data[2]:
            return
        start, end, rewrite = data
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rewrite)
        self.run_coach()
