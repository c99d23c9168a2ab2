"""First run: welcome, choose a passphrase, keep the recovery code, confirm it was written down."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ipt_journal.services.session import Session
from ipt_journal.ui import calm_errors, clipboard, dialogs
from ipt_journal.ui.passphrase_fields import NewPassphraseFields
from ipt_journal.ui.widgets import button, centered_page, follow_reading_order, label, row
from ipt_journal.ui.support import button as support_button

_page = centered_page


def spelled(code: str) -> str:
    """The code one character at a time, its groups apart: "7 K 3 M, Q 9 X X, …" (for a screen reader)."""
    return ", ".join(" ".join(group) for group in code.split("-"))


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
        follow_reading_order(self)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.reading_order()

    # -- pages -------------------------------------------------------------

    def _build_welcome(self) -> None:
        self.begin_button = QPushButton(self.tr("Begin"))
        self.begin_button.setObjectName("primary")
        self.begin_button.setAccessibleDescription(self.tr("Start setting up your journal"))
        self.begin_button.clicked.connect(lambda: self.setCurrentIndex(1))
        self.begin_button.setDefault(True)
        self.addWidget(
            _page(
                label(self.tr("Welcome to IPT Journal"), "title"),
                label(self.tr(
                    "A quiet place to notice what happens in you between group sessions, to prepare what you "
                    "want to bring up, and to follow your goals. Everything you write stays on this computer, "
                    "locked with a passphrase that only you know."), "subtitle"),
                self.begin_button,
            )
        )

    def _build_passphrase(self) -> None:
        self.new_passphrase = NewPassphraseFields(self.tr("Passphrase"), self.tr("Create my journal"), self)
        self.pass1, self.pass2 = self.new_passphrase.first, self.new_passphrase.second
        self.strength, self.create_button = self.new_passphrase.hint, self.new_passphrase.button
        self.create_error = label("", "error")
        for field in (self.pass1, self.pass2):
            field.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.addWidget(
            _page(
                label(self.tr("Choose a passphrase"), "title"),
                label(self.tr(
                    "It locks your journal. A few ordinary words that belong together only for you work well, "
                    "for example four things you can see from your favourite window."), "subtitle"),
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
        self.code_label.setAccessibleName(self.tr("Your recovery code"))
        # Tab reaches the code, so a screen reader can read it out (its description spells it).
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy the recovery code"))
        copy.clicked.connect(lambda: clipboard.copy_sensitive(self._code))
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(
            lambda: dialogs.print_text(self, self.tr("Print recovery code"), self._code_file_text())
        )
        save = button(self.tr("Save as file…"), self._save_code)
        self.written_button = QPushButton(self.tr("I have written it down"))
        self.written_button.setObjectName("primary")
        self.written_button.clicked.connect(self._ask_confirmation)
        self.addWidget(
            _page(
                label(self.tr("Your recovery code"), "title"),
                label(self.tr(
                    "If you ever forget your passphrase, this code is the only other way in. Write it on paper "
                    "and keep it somewhere safe, away from this computer. It is shown only now."), "subtitle"),
                self.code_label,
                row(copy, print_button, save, None),
                self.written_button,
            )
        )

    def _build_confirm(self) -> None:
        self.confirm_prompt = label("", "subtitle")
        self.confirm_field = QLineEdit()
        self.confirm_field.setAccessibleName(self.tr("Characters from your recovery code"))
        self.confirm_field.setMaxLength(8)
        self.confirm_field.returnPressed.connect(self._check_confirmation)
        self.confirm_error = label("", "error")
        # made first: Tab follows the row left to right
        back = button(self.tr("Show the code again"), lambda: self.setCurrentIndex(2))
        done = button(self.tr("Continue"), self._check_confirmation, primary=True)
        self.addWidget(
            _page(label(self.tr("Just checking"), "title"), self.confirm_prompt, self.confirm_field, self.confirm_error,
                  row(back, None, done))
        )

    def _build_group(self) -> None:
        from ipt_journal.ui.group_setup import GroupScheduleForm

        self.group_form = GroupScheduleForm()
        self.group_error = label("", "error")
        skip = button(self.tr("Skip for now"), self.finished.emit)  # made first: Tab follows the row left to right
        save = button(self.tr("Save and start"), self.save_group, primary=True)
        self.addWidget(
            _page(
                label(self.tr("When does your group meet?"), "title"),
                label(self.tr(
                    "With this, the journal can tell you when the next session is and offer prompts that fit "
                    "the week. You can change it or add it later under Next session."), "subtitle"),
                self.group_form,
                self.group_error,
                row(skip, None, save),
            )
        )

    def save_group(self) -> None:
        from datetime import datetime

        from ipt_journal.services.group import Group

        try:
            Group(self.session).set_schedule(self.group_form.schedule(), datetime.now().astimezone())
        except Exception as exc:  # the journal exists; the rhythm can be set later under Next session
            calm_errors.to_stderr("saving the group's rhythm", exc)
            self.group_error.setText(self.tr(
                "The group's days could not be saved just now; your journal is ready and nothing else was "
                "lost. You can set them later under Next session, or press Skip for now."))
            return
        self.finished.emit()

    # -- behaviour -----------------------------------------------------------

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        try:
            self._code = self.session.create(self.pass1.text())
        except Exception as exc:  # noqa: BLE001 - whatever it was, the member gets calm words and can try again
            calm_errors.to_stderr("creating the journal", exc)
            self.create_error.setText(self.tr("Your journal could not be created here. %1 Your passphrase is "
                                              "still typed in; try again, or start the app with another "
                                              "folder.").replace("%1", calm_errors.explain(exc)))
            return
        self.new_passphrase.clear()
        self.code_label.setText(self._code)
        self.code_label.setAccessibleDescription(self.tr("%1, one character at a time: %2").replace(
            "%1", self._code).replace("%2", spelled(self._code)))
        self.setCurrentIndex(2)

    def _save_code(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Save the recovery code"),
            self.tr("The file will not be encrypted. Anyone who finds it could open your journal, so keep it on "
                    "a USB stick or somewhere away from this computer."),
            yes=self.tr("Save anyway"),
        ):
            return
        path = dialogs.ask_save_path(self, self.tr("Save recovery code"), "ipt-journal-recovery-code.txt",
                                     self.tr("Text (*.txt)"))
        if path:
            from pathlib import Path

            from ipt_journal.vault.atomic import atomic_write_bytes

            try:
                atomic_write_bytes(Path(path), self._code_file_text().encode())
            except OSError as exc:  # includes vault.targets' refusals (the journal's folder, a link…)
                calm_errors.to_stderr("saving the recovery code", exc)
                dialogs.inform(self, self.tr("Save the recovery code"), self.tr(
                    "The file was not saved. %1 Your code is still on screen: please write it on paper instead."
                ).replace("%1", calm_errors.explain(exc)))

    def _code_file_text(self) -> str:
        return self.tr("IPT Journal recovery code") + f"\n\n{self._code}\n"

    def _ask_confirmation(self) -> None:
        groups = self._code.split("-")
        self._confirm_group = random.randrange(len(groups))
        ordinal = (self.tr("first"), self.tr("second"), self.tr("third"), self.tr("fourth"), self.tr("fifth"),
                   self.tr("sixth"))[self._confirm_group]
        text = self.tr("Please type the %1 group of four characters from your recovery code.").replace("%1", ordinal)
        self.confirm_prompt.setText(text)
        # the field itself says which group, for whoever hears it rather than reads the line above
        self.confirm_field.setAccessibleName(self.tr("The %1 group of four characters from your recovery code")
                                             .replace("%1", ordinal))
        self.confirm_field.clear()
        self.confirm_error.setText("")
        self.setCurrentIndex(3)
        self.confirm_field.setFocus()

    def expected_confirmation(self) -> str:
        return self._code.split("-")[self._confirm_group]

    def _check_confirmation(self) -> None:
        typed = self.confirm_field.text().strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
        if typed != self.expected_confirmation():
            self.confirm_error.setText(self.tr("That doesn't match. Have another look at the code, or show it again."))
            return
        self._code = ""
        self.code_label.clear()
        self.confirm_field.clear()
        self.setCurrentIndex(4)
