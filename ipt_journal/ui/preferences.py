"""Preferences: only things that are safe to keep outside the vault (QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.ui import i18n, style
from ipt_journal.ui.reminders import GROUP_WORDS_KEY, group_words
from ipt_journal.ui.settings import preferences
from ipt_journal.ui.widgets import label, scroll_area


def fitting_width(dialog: QWidget, wanted: int) -> int:
    """As wide as the words need (large text, long Spanish words), never wider than the screen."""
    screen = dialog.screen().availableGeometry().width() if dialog.screen() is not None else wanted
    return max(560, min(wanted, screen - 40))


class PreferencesDialog(QDialog):
    def __init__(self, idle_minutes: int, parent: QWidget | None = None,
                 reminders: frozenset[str] = frozenset({"review", "debrief", "midweek"})) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        prefs = preferences()
        self.idle = QSpinBox()
        self.idle.setRange(0, 60)
        self.idle.setSpecialValueText(self.tr("Off"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(idle_minutes)
        self.idle.setAccessibleName(self.tr("Lock when idle for this many minutes, 0 for off"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Lock when idle for"), self.idle)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As on this computer"), "system")
        self.language.addItem("English", "en")  # each language by its own name, readable whatever is chosen
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.preferred(prefs))))
        self.language_hint = label(self.tr("A new language takes effect the next time you open the journal."),
                                   "hint")
        self.language_hint.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda *_: self.language_hint.setVisible(self.chosen_language() != i18n.preferred(prefs)))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.language_hint)

        self.scheme = QComboBox()
        self.scheme.setAccessibleName(self.tr("Colours"))
        for text, key in ((self.tr("As on this computer"), "system"), (self.tr("Light"), "light"),
                          (self.tr("Dark"), "dark")):
            self.scheme.addItem(text, key)
        self._scheme_before = style.chosen(prefs)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(self._scheme_before)))
        self.scheme.currentIndexChanged.connect(self._preview_scheme)  # colours change at once
        form.addRow(self.tr("Colours"), self.scheme)

        self.reminder_boxes = {}
        for kind, text in (
            ("review", self.tr("Remind me to prepare, the evening before group")),
            ("debrief", self.tr("Remind me to look back, after group")),
            ("midweek", self.tr("A gentle mid-week check-in")),
        ):
            box = QCheckBox(text)
            box.setChecked(kind in reminders)
            self.reminder_boxes[kind] = box
            form.addRow(box)
        self.group_words = QCheckBox(self.tr("Reminders may mention my group"))
        self.group_words.setChecked(group_words(prefs))
        form.addRow(self.group_words)
        form.addRow(label(self.tr("Off, reminders only speak of \"your journal\", in case someone else sees "
                                  "your screen."), "hint"))
        from ipt_journal.ui.support.lock_card_option import LockCardOption

        self.lock_card = LockCardOption(getattr(parent, "session", None))  # its state is the card file
        form.addRow(self.lock_card)
        self.accepted.connect(self.lock_card.apply)
        from ipt_journal.ui.insights.looking_back import preference_boxes

        self.looking_back_boxes = preference_boxes()  # saved by accept(), straight to QSettings
        for lb in self.looking_back_boxes.values():
            form.addRow(lb)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        inner = QWidget()
        inner_box = QVBoxLayout(inner)
        inner_box.addWidget(label(self.tr("Locking saves what you wrote, closes the journal and clears the "
                                          "screen. Reminders never show anything you wrote."), "hint"))
        inner_box.addLayout(form)
        inner_box.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(scroll_area(inner, horizontal=True), 1)  # large text on a small screen scrolls, never cut
        box.addWidget(buttons)
        self.resize(fitting_width(self, inner.sizeHint().width() + 48), 560)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_scheme(self) -> str:
        return str(self.scheme.currentData())

    def _preview_scheme(self, *_: object) -> None:
        app = QApplication.instance()
        if app is not None:
            style.apply(app, self.chosen_scheme())

    def accept(self) -> None:
        from ipt_journal.ui.insights.looking_back import save_preference_boxes

        prefs = preferences()
        save_preference_boxes(self.looking_back_boxes)
        prefs.setValue(i18n.PREF_KEY, self.chosen_language())
        prefs.setValue(style.PREF_KEY, self.chosen_scheme())
        prefs.setValue(GROUP_WORDS_KEY, "true" if self.group_words.isChecked() else "false")
        super().accept()

    def reject(self) -> None:
        if self.chosen_scheme() != self._scheme_before:  # cancelled: back to the colours from before
            app = QApplication.instance()
            if app is not None:
                style.apply(app, self._scheme_before)
        super().reject()

    def chosen_reminders(self) -> frozenset[str]:
        return frozenset(k for k, box in self.reminder_boxes.items() if box.isChecked())
