"""Small building blocks shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)


def label(text: str, name: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    lab = QLabel(text, parent)
    if name:
        lab.setObjectName(name)
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


class FittingComboBox(QComboBox):
    """A drop-down as wide as the words it shows, so a layout that wraps (ui/flow.py) gives each its own room.

    It never shrinks below its first choice (the "All …" of a filter) or the one shown, if shorter; with
    least_chars, below about that many characters instead (a list of long names, as a session's). Words
    longer than the room it is given end in "…" instead of being cut mid-word; they show whole in its
    tooltip, in the open list and to a screen reader.
    """

    def __init__(self, parent: QWidget | None = None, *, least_chars: int = 0) -> None:
        super().__init__(parent)
        self._least_chars = least_chars
        self.currentTextChanged.connect(self._words_changed)

    def _words_changed(self, _text: str) -> None:
        self.updateGeometry()  # a layout that wraps gives it the width of its new words

    def _size_for(self, text: str) -> QSize:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        # a little more than the words, as QComboBox itself allows for its frame's rounding
        contents = QSize(fm.horizontalAdvance(text) + fm.horizontalAdvance(" "), fm.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, contents, self) \
            .expandedTo(QSize(0, super().minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self._size_for(self.currentText())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        fm = self.fontMetrics()
        if self._least_chars:
            return self._size_for("x" * self._least_chars).boundedTo(self.sizeHint())
        first = self.itemText(0) if self.count() else ""
        return self._size_for(min(first, self.currentText(), key=fm.horizontalAdvance))

    def _field_width(self, opt: QStyleOptionComboBox) -> int:
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return field.width() - 2  # the style draws the words a pixel in from each side

    def _cut(self) -> bool:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        return self.fontMetrics().horizontalAdvance(self.currentText()) > self._field_width(opt)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))  # as QComboBox paints
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,
                                                        self._field_width(opt))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._cut():
            tip = "\n".join(t for t in (self.currentText(), self.toolTip()) if t)
            QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)


class WrappedPlaceholder:
    """For a QTextEdit or QTextBrowser: its placeholder wraps onto more lines.

    Qt 6 draws a QTextEdit's placeholder on one line, cut at the edge (a QPlainTextEdit's wraps), so the
    words are kept here and drawn wrapped; Qt itself is given none to draw.
    """

    _hint = ""

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self._hint = text
        self.viewport().update()  # type: ignore[attr-defined]

    def placeholderText(self) -> str:  # noqa: N802 (Qt name)
        return self._hint

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        super().paintEvent(event)  # type: ignore[misc]
        if not self._hint or not self.document().isEmpty():  # type: ignore[attr-defined]
            return
        viewport = self.viewport()  # type: ignore[attr-defined]
        painter = QPainter(viewport)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))  # type: ignore[attr-defined]
        margin = int(self.document().documentMargin())  # type: ignore[attr-defined]
        painter.drawText(viewport.rect().adjusted(margin, margin, -margin, -margin),
                         int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                         self._hint)
        painter.end()


def secret_field(placeholder: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    # No undo history and no context-menu copy of secrets.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def centered_page(*widgets: QWidget, stretch_first: bool = True) -> QWidget:
    """A calm page for first run and unlock: widgets in a column, a little above the middle.

    The column scrolls when large text makes it taller than the window, so nothing is squeezed;
    the page's own layout stays a box with the column in it (the Support button goes above it).
    """
    column = QWidget()
    box = QVBoxLayout(column)
    box.setContentsMargins(48, 24, 48, 36)
    box.setSpacing(14)
    if stretch_first:
        box.addStretch(1)
    for w in widgets:
        box.addWidget(w)
    box.addStretch(2)
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = scroll_area(column)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it, not to the frame
    outer.addWidget(scroll, 1)
    return page


def scroll_area(inner: QWidget, *, horizontal: bool = False) -> QScrollArea:
    """A frameless scroll area around a page that grows downwards (no sideways scrolling unless asked)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    return scroll


def fill_with(widget: QWidget, child: QWidget) -> None:
    """The child takes all of the widget, edge to edge."""
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(child)


def save_timer(parent: QWidget, ms: int, save: Callable[[], object]) -> QTimer:
    """A single-shot timer that saves once typing has paused for ms milliseconds (restart it on each change)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(save)
    return timer


def hbox(*items: QWidget | None) -> QHBoxLayout:
    """Widgets side by side, left to right; None is a stretch that pushes what follows to the right."""
    layout = QHBoxLayout()
    for item in items:
        if item is None:
            layout.addStretch(1)
        else:
            layout.addWidget(item)
    return layout


def row(*items: QWidget | None) -> QWidget:
    """A widget holding items side by side (as hbox), edge to edge: a row of buttons on a page."""
    widget = QWidget()
    layout = hbox(*items)
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


def button(text: str, slot: Callable[[], object], *, primary: bool = False) -> QPushButton:
    """A push button that runs slot when clicked; a primary one is the screen's main action."""
    b = QPushButton(text)
    if primary:
        b.setObjectName("primary")
    b.clicked.connect(slot)
    return b


def _takes_tab(w: QWidget, page: QWidget) -> bool:
    # disabled controls keep their place for when they are enabled; hidden ones have no place yet
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisibleTo(page)


def tab_in_reading_order(page: QWidget) -> list[QWidget]:
    """Chain Tab through page's controls as they are read: row by row from the top, left to right in a row.

    Controls made later but shown higher up (the Support button at the top right) would otherwise
    come last. Call it once the page is laid out (when it is shown); returns the order it set.
    """
    layout = page.layout()
    if layout is not None:
        layout.activate()
    found = [w for w in page.findChildren(QWidget) if _takes_tab(w, page) and w.focusProxy() is None
             and not isinstance(w, QScrollArea)]  # a frame around controls, not a control
    # only the outer control: a spin box's own line edit or a combo's list follow their control
    outer = [w for w in found if not any(o is not w and o.isAncestorOf(w) for o in found)]

    def box(w: QWidget) -> tuple[int, int, int]:
        top_left = w.mapTo(page, w.rect().topLeft())
        return top_left.y(), top_left.y() + w.height(), top_left.x()

    rows: list[list[QWidget]] = []
    for w in sorted(outer, key=lambda w: (box(w)[0] + box(w)[1]) / 2):
        top, bottom, _x = box(w)
        if rows:
            row_top, row_bottom = box(rows[-1][0])[:2]
            if top < row_bottom and bottom > row_top:  # overlaps the row: beside it, not below
                rows[-1].append(w)
                continue
        rows.append([w])
    order = [w for row in rows for w in sorted(row, key=lambda w: box(w)[2])]
    for a, b in zip(order, order[1:]):
        QWidget.setTabOrder(a, b)
    return order


def follow_reading_order(stack: QStackedWidget) -> None:
    """Keep Tab in reading order on each page of a stepped screen as it is shown."""

    def order(*_: object) -> None:
        page = stack.currentWidget()
        if page is not None and stack.isVisible():
            page.setGeometry(stack.contentsRect())  # what the stack's layout gives the page it shows
            tab_in_reading_order(page)

    stack.currentChanged.connect(order)
    stack.reading_order = order  # type: ignore[attr-defined]  # showEvent and changes of visibility call it
