"""First run: welcome, choose a passphrase, keep the recovery code, confirm it was written down."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ipt_journal.services.session import Session
from ipt_journal.ui import clipboard, dialogs
from ipt_journal.ui.passphrase_fields import NewPassphraseFields
from ipt_journal.ui.widgets import centered_page, label
from ipt_journal.ui.support import button as support_button

_page = centered_page


class FirstRun(QStackedWidget):
    finished = Signal()  # the vault exists, the code is confirmed: show the journal

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._code = ""
        self._confirm_group = 0
        self._build_welcome()
        self._build_passphrase()
        self._build_code()
        self._build_confirm()
        self._build_group()
        self.support_buttons = support_button.add_to_pages(self, session)

    # -- pages -------------------------------------------------------------

    def _build_welcome(self) -> None:
        self.begin_button = QPushButton("Begin")
        self.begin_button.setObjectName("primary")
        self.begin_button.setAccessibleName("Begin setting up your journal")
        self.begin_button.clicked.connect(lambda: self.setCurrentIndex(1))
        self.begin_button.setDefault(True)
        self.addWidget(
            _page(
                label("Welcome to IPT Journal", "title"),
                label(
                    "A quiet place to notice what happens in you between group sessions, to prepare what you "
                    "want to bring up, and to follow your goals. Everything you write stays on this computer, "
                    "locked with a passphrase that only you know.",
                    "subtitle",
                ),
                self.begin_button,
            )
        )

    def _build_passphrase(self) -> None:
        self.new_passphrase = NewPassphraseFields("Passphrase", "Create my journal", self)
        self.pass1, self.pass2 = self.new_passphrase.first, self.new_passphrase.second
        self.strength, self.create_button = self.new_passphrase.hint, self.new_passphrase.button
        self.create_error = label("", "error")
        for field in (self.pass1, self.pass2):
            field.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.addWidget(
            _page(
                label("Choose a passphrase", "title"),
                label(
                    "It locks your journal. A few ordinary words that belong together only for you work well, "
                    "for example four things you can see from your favourite window.",
                    "subtitle",
                ),
                self.pass1,
                self.pass2,
                self.strength,
                self.create_error,
                self.create_button,
            )
        )

    def _build_code(self) -> None:
        self.code_label = label("", "code", wrap=False)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName("Your recovery code")
        copy = QPushButton("Copy")
        copy.setAccessibleName("Copy the recovery code")
        copy.clicked.connect(lambda: clipboard.copy_sensitive(self._code))
        print_button = QPushButton("Print…")
        print_button.clicked.connect(
            lambda: dialogs.print_text(self, "Print recovery code", f"IPT Journal recovery code\n\n{self._code}\n")
        )
        save = QPushButton("Save as file…")
        save.clicked.connect(self._save_code)
        row = QWidget()
        hb = QHBoxLayout(row)
        hb.setContentsMargins(0, 0, 0, 0)
        for b in (copy, print_button, save):
            hb.addWidget(b)
        hb.addStretch(1)
        self.written_button = QPushButton("I have written it down")
        self.written_button.setObjectName("primary")
        self.written_button.clicked.connect(self._ask_confirmation)
        self.addWidget(
            _page(
                label("Your recovery code", "title"),
                label(
                    "If you ever forget your passphrase, this code is the only other way in. Write it on paper "
                    "and keep it somewhere safe, away from this computer. It is shown only now.",
                    "subtitle",
                ),
                self.code_label,
                row,
                self.written_button,
            )
        )

    def _build_confirm(self) -> None:
        self.confirm_prompt = label("", "subtitle")
        self.confirm_field = QLineEdit()
        self.confirm_field.setAccessibleName("Characters from your recovery code")
        self.confirm_field.setMaxLength(8)
        self.confirm_field.returnPressed.connect(self._check_confirmation)
        self.confirm_error = label("", "error")
        done = QPushButton("Continue")
        done.setObjectName("primary")
        done.clicked.connect(self._check_confirmation)
        back = QPushButton("Show the code again")
        back.clicked.connect(lambda: self.setCurrentIndex(2))
        row = QWidget()
        hb = QHBoxLayout(row)
        hb.setContentsMargins(0, 0, 0, 0)
        hb.addWidget(back)
        hb.addStretch(1)
        hb.addWidget(done)
        self.addWidget(
            _page(label("Just checking", "title"), self.confirm_prompt, self.confirm_field, self.confirm_error, row)
        )

    def _build_group(self) -> None:
        from ipt_journal.ui.group_setup import GroupScheduleForm

        self.group_form = GroupScheduleForm()
        save = QPushButton("Save and start")
        save.setObjectName("primary")
        save.clicked.connect(self.save_group)
        skip = QPushButton("Skip for now")
        skip.clicked.connect(self.finished.emit)
        row = QWidget()
        hb = QHBoxLayout(row)
        hb.setContentsMargins(0, 0, 0, 0)
        hb.addWidget(skip)
        hb.addStretch(1)
        hb.addWidget(save)
        self.addWidget(
            _page(
                label("When does your group meet?", "title"),
                label(
                    "With this, the journal can tell you when the next session is and offer prompts that fit "
                    "the week. You can change it or add it later under Next session.",
                    "subtitle",
                ),
                self.group_form,
                row,
            )
        )

    def save_group(self) -> None:
        from datetime import datetime

        from ipt_journal.services.group import Group

        Group(self.session).set_schedule(self.group_form.schedule(), datetime.now().astimezone())
        self.finished.emit()

    # -- behaviour -----------------------------------------------------------

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        from ipt_journal.vault.errors import VaultError

        try:
            self._code = self.session.create(self.pass1.text())
        except VaultError as exc:
            self.create_error.setText(str(exc))
            return
        except OSError as exc:
            self.create_error.setText(
                f"The journal could not be created here ({exc.strerror or type(exc).__name__}). Nothing was written."
            )
            return
        self.new_passphrase.clear()
        self.code_label.setText(self._code)
        self.setCurrentIndex(2)

    def _save_code(self) -> None:
        if not dialogs.confirm(
            self,
            "Save the recovery code",
            "The file will not be encrypted. Anyone who finds it could open your journal, so keep it on a "
            "USB stick or somewhere away from this computer.",
            yes="Save anyway",
        ):
            return
        path = dialogs.ask_save_path(self, "Save recovery code", "ipt-journal-recovery-code.txt", "Text (*.txt)")
        if path:
            from pathlib import Path

            from ipt_journal.vault.atomic import atomic_write_bytes

            try:
                atomic_write_bytes(Path(path), f"IPT Journal recovery code\n{self._code}\n".encode())
            except OSError as exc:  # includes vault.targets' refusals (the journal's folder, a link…)
                from ipt_journal.vault.errors import VaultError

                reason = str(exc) if isinstance(exc, VaultError) else (
                    f"The file could not be written ({exc.strerror or type(exc).__name__}).")
                dialogs.inform(self, "Save the recovery code", f"{reason} Please write the code on paper instead.")

    def _ask_confirmation(self) -> None:
        groups = self._code.split("-")
        self._confirm_group = random.randrange(len(groups))
        ordinal = ("first", "second", "third", "fourth", "fifth", "sixth")[self._confirm_group]
        self.confirm_prompt.setText(f"Please type the {ordinal} group of four characters from your recovery code.")
        self.confirm_field.clear()
        self.confirm_error.setText("")
        self.setCurrentIndex(3)
        self.confirm_field.setFocus()

    def expected_confirmation(self) -> str:
        return self._code.split("-")[self._confirm_group]

    def _check_confirmation(self) -> None:
        typed = self.confirm_field.text().strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
        if typed != self.expected_confirmation():
            self.confirm_error.setText("That doesn't match. Have another look at the code, or show it again.")
            return
        self._code = ""
        self.code_label.clear()
        self.confirm_field.clear()
        self.setCurrentIndex(4)
