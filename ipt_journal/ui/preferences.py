"""Preferences: only things that are safe to keep outside the vault (QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from ipt_journal.ui.widgets import label


class PreferencesDialog(QDialog):
    def __init__(self, idle_minutes: int, parent: QWidget | None = None,
                 reminders: frozenset[str] = frozenset({"review", "debrief", "midweek"})) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.idle = QSpinBox()
        self.idle.setRange(0, 60)
        self.idle.setSpecialValueText("Off")
        self.idle.setSuffix(" min")
        self.idle.setValue(idle_minutes)
        self.idle.setAccessibleName("Lock after this many idle minutes, 0 for off")
        form = QFormLayout()
        form.addRow("Lock when idle for", self.idle)
        self.reminder_boxes = {}
        for kind, text in (
            ("review", "Remind me to prepare, the evening before group"),
            ("debrief", "Remind me to look back, after group"),
            ("midweek", "A gentle mid-week check-in"),
        ):
            box = QCheckBox(text)
            box.setChecked(kind in reminders)
            self.reminder_boxes[kind] = box
            form.addRow(box)
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
        box = QVBoxLayout(self)
        box.addWidget(label("Locking saves what you wrote, closes the journal and clears the screen. "
                            "Reminders never show anything you wrote.", "hint"))
        box.addLayout(form)
        box.addWidget(buttons)

    def accept(self) -> None:
        from ipt_journal.ui.insights.looking_back import save_preference_boxes

        save_preference_boxes(self.looking_back_boxes)
        super().accept()

    def chosen_reminders(self) -> frozenset[str]:
        return frozenset(k for k, box in self.reminder_boxes.items() if box.isChecked())
