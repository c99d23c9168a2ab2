"""The Goals screen and the closeness circle drawn in light and in dark: the colours really on screen reach
4.5:1 for words and 3:1 for lines, and no screen outside style.py keeps a colour of its own."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.services.session import Session
from ipt_journal.ui import style
from ipt_journal.ui.goals import GoalsScreen
from ipt_journal.ui.goals.common import SPARK_H, SPARK_W, GoalIdRole
from ipt_journal.ui.goals.list import header_colour, row_colours
from ipt_journal.ui.people.circle import LABEL_ALPHA, CircleView, circle_colours

UI = Path(__file__).resolve().parents[2] / "ipt_journal" / "ui"


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp: QApplication):  # type: ignore[no-untyped-def]
    """The whole application in one scheme, as the app applies it; put back afterwards."""
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    colours = style.apply(qapp, request.param)
    yield colours
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def ratio(a: QColor | str, b: QColor | str) -> float:
    return style.contrast(QColor(a).name(), QColor(b).name())


def most_common(image: QImage, rect: QRect) -> QColor:
    rect = rect.intersected(image.rect())
    counts = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right() + 1)
                     for y in range(rect.top(), rect.bottom() + 1))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def ink(image: QImage, rect: QRect, background: QColor) -> QColor:
    """The drawn pixel that stands out most from the background: the full-strength colour of words or a line."""
    rect = rect.intersected(image.rect())
    pixels = {image.pixel(x, y) for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1)}
    return max((QColor.fromRgb(p) for p in pixels), key=lambda c: ratio(c, background))


def near(a: QColor, b: QColor | str, tolerance: int = 6) -> bool:
    b = QColor(b)
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


# -- the Goals screen ------------------------------------------------------------------------


@pytest.fixture
def goals_screen(qtbot, session: Session, scheme: style.Colors):  # type: ignore[no-untyped-def]
    now = datetime.now().astimezone()
    for title, horizon, scores in (("Speak up once in every session", "short", (3, 4, 6)),
                                   ("Tell my sister when a plan does not suit me", "short", (2, 5)),
                                   ("Let people closer", "long", (3, 4, 5, 7))):
        goal = session.goals.create(Goal(title, horizon=horizon), now=now - timedelta(days=30))
        for i, score in enumerate(scores):
            session.goals.add_checkin(CheckIn(int(goal.id), now - timedelta(days=7 * (len(scores) - i)), 1, score))
    screen = GoalsScreen(session)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.open_goal(screen.goal_ids()[0])  # the first goal chosen: its row is selected
    yield screen
    screen.save_pending()


def test_goal_rows_headers_and_the_selected_row_are_readable(goals_screen: GoalsScreen, scheme: style.Colors) -> None:
    lst = goals_screen.list
    QApplication.processEvents()
    image = lst.viewport().grab().toImage()
    fm = lst.fontMetrics()
    headers = rows = selected_rows = 0
    for i in range(lst.count()):
        item = lst.item(i)
        rect = lst.visualItemRect(item)
        if item.data(GoalIdRole) is None:  # a section header
            headers += 1
            expected = header_colour(lst.palette())
            background = most_common(image, rect)
            drawn = ink(image, rect.adjusted(2, 2, -2, -2), background)
            assert near(background, scheme.base) and near(drawn, expected), (item.text(), drawn.name())
            assert ratio(drawn, background) >= 4.5, (item.text(), drawn.name(), background.name())
            continue
        rows += 1
        chosen = item.isSelected()
        selected_rows += chosen
        colours = row_colours(lst.palette(), chosen)
        background = most_common(image, rect)
        assert near(background, colours.background), (chosen, background.name())
        assert near(background, scheme.accent if chosen else scheme.base)  # the selection is the accent
        inner = rect.adjusted(8, 5, -8, -5)
        y2 = inner.y() + fm.height() + 4
        title = QRect(inner.x(), inner.y(), inner.width(), fm.height())
        spark = QRect(inner.x(), y2, SPARK_W, SPARK_H + 1)
        detail = QRect(inner.x() + SPARK_W + 10, y2, inner.right() - inner.x() - SPARK_W - 10, max(SPARK_H, fm.height()))
        for part, box, expected, least in (("title", title, colours.title, 4.5), ("detail", detail, colours.detail, 4.5),
                                           ("sparkline", spark, colours.spark, 3.0)):
            drawn = ink(image, box, background)
            assert near(drawn, expected, 12), (part, chosen, drawn.name(), expected.name())
            assert ratio(drawn, background) >= least, (part, chosen, drawn.name(), background.name())
    assert headers == 2 and rows == 3 and selected_rows == 1


def test_the_row_colours_follow_the_scheme(goals_screen: GoalsScreen, scheme: style.Colors) -> None:
    palette = goals_screen.list.palette()
    plain, chosen = row_colours(palette, False), row_colours(palette, True)
    assert plain.detail.name() == scheme.soft and plain.spark.name() == scheme.accent
    assert chosen.background.name() == scheme.accent and chosen.detail.name() == scheme.on_accent
    assert header_colour(palette).name() == scheme.soft
    for colours in (plain, chosen):
        assert ratio(colours.title, colours.background) >= 4.5
        assert ratio(colours.detail, colours.background) >= 4.5
        assert ratio(colours.spark, colours.background) >= 3.0


def test_the_progress_chart_is_drawn_in_the_scheme(goals_screen: GoalsScreen, scheme: style.Colors) -> None:
    chart = goals_screen.page.chart
    assert chart.isVisible() and len(chart.values()) >= 3
    background = chart.chart().backgroundBrush().color()
    assert background.name() == scheme.base
    assert ratio(chart.line.pen().color(), background) >= 3.0
    assert ratio(chart.dots.color(), background) >= 3.0
    for axis in (chart.x, chart.y):
        assert ratio(axis.labelsColor(), background) >= 4.5
        assert ratio(axis.linePenColor(), background) >= 3.0
    image = chart.grab().toImage()
    assert near(most_common(image, image.rect()), scheme.base, 2)  # no white card on the dark screen


def test_the_chart_follows_a_scheme_chosen_while_it_is_open(goals_screen: GoalsScreen, scheme: style.Colors,
                                                            qapp: QApplication) -> None:
    other = style.apply(qapp, "light" if scheme is style.DARK else "dark")
    QApplication.processEvents()
    chart = goals_screen.page.chart
    assert chart.chart().backgroundBrush().color().name() == other.base
    assert chart.x.labelsColor().name() == other.soft


# -- the closeness circle ------------------------------------------------------------------


@pytest.fixture
def circle(qtbot, scheme: style.Colors):  # type: ignore[no-untyped-def]
    view = CircleView()
    qtbot.addWidget(view)
    names = {1: "Dani", 2: "Chris", 3: "Mum", 4: "Sam", 5: "Lucía"}
    view.set_circle(names, {1: 1, 2: 2, 3: 3, 4: 4, 5: 2}, selected=1)
    view.resize(460, 420)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_circle_rings_disc_and_names_are_readable(circle: CircleView, scheme: style.Colors) -> None:
    image = circle.grab().toImage()
    colours = circle_colours(scheme)
    centre, inner, band = circle._geometry()
    # Each ring's tint, sampled on the left, where this layout puts no one (the first dot sits near the top).
    for ring in (1, 2, 3, 4):
        at = QPointF(centre.x() - (inner + band * (ring - 0.5)), centre.y())
        drawn = QColor(image.pixel(int(at.x()), int(at.y())))
        assert near(drawn, colours.bands[ring - 1], 2), (ring, drawn.name())
    disc = QColor(image.pixel(int(centre.x()), int(centre.y() - inner * 0.7)))
    assert near(disc, scheme.base, 2)
    if scheme is style.DARK:
        assert disc.lightness() < 100  # no bright disc on the dark screen
    you = QRect(int(centre.x() - inner * 0.7), int(centre.y() - inner * 0.4), int(inner * 1.4), int(inner * 0.8))
    assert ratio(ink(image, you, disc), disc) >= 4.5
    boxes = [(pid, box) for pid, _spot, box, _name in circle._cache[1] if box is not None]
    assert {pid for pid, _ in boxes} >= {1, 2, 3, 4}
    for pid, box in boxes:
        rect = box.toAlignedRect().adjusted(1, 1, -1, -1)
        background = most_common(image, rect)
        drawn = ink(image, rect, background)
        expected = colours.text_selected if pid == 1 else colours.text
        assert near(drawn, expected, 12), (pid, drawn.name(), expected)
        assert ratio(drawn, background) >= 4.5, (pid, drawn.name(), background.name())


def test_circle_lines_and_dots_stand_out_from_every_ring(scheme: style.Colors, qapp: QApplication) -> None:
    colours = circle_colours(style.current())
    assert colours.centre == scheme.base and colours.text == scheme.text
    page = qapp.palette().color(QPalette.ColorRole.Window).name()
    for fill in (*colours.bands, colours.centre):
        for line in (colours.line, colours.dot, colours.dot_selected):
            assert ratio(line, fill) >= 3.0, (line, fill)
        label = style.mix(fill, colours.label, LABEL_ALPHA / 255)  # a name box over this ring
        for words in (colours.text, colours.text_selected):
            assert ratio(words, label) >= 4.5, (words, label)
        assert ratio(colours.text, fill) >= 4.5  # "No one is on this circle yet." sits on the closest ring
    assert ratio(colours.line, colours.bands[-1]) >= 3.0 and ratio(colours.line, page) >= 3.0
    assert ratio(colours.dot, colours.dot_selected) > 1.2  # the chosen person's dot differs, besides its size


# -- no colour of a screen's own -------------------------------------------------------------

# path under ipt_journal/ui -> why a fixed colour is right there. Empty today: every colour comes from
# style.py (the scheme's table, the feelings ramp and mix() tints derived from them).
ALLOWED: dict[str, str] = {}
HEX = re.compile(r"(?<![&\w])#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
CSS = re.compile(r"\b(?:rgba?|hsla?)\s*\(|(?:color|background)\s*:\s*(?:white|black|gr[ae]y|red|blue|green)\b")
FIXED_QT = {"white", "black", "red", "green", "blue", "gray", "grey", "darkGray", "lightGray", "yellow", "cyan",
            "magenta", "darkRed", "darkGreen", "darkBlue", "color0", "color1"}
MAKERS = ("QColor", "fromRgb", "fromRgbF", "fromHsl", "fromHsv", "fromString")


def _name(node: ast.expr) -> str:
    return getattr(node, "id", getattr(node, "attr", ""))


def fixed_colours(source: str) -> list[str]:
    """Every fixed colour in one module: hex or CSS colours in strings, QColor of literals, Qt's named colours."""
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
            hits = (*HEX.finditer(tok.string), *CSS.finditer(tok.string))
            found += [f"line {tok.start[0]}: {m.group(0)}" for m in hits]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in MAKERS and node.args \
                and all(isinstance(a, ast.Constant) for a in node.args):
            found.append(f"line {node.lineno}: {_name(node.func)} of literals")
        if isinstance(node, ast.Attribute) and node.attr in FIXED_QT and _name(node.value) in ("Qt", "GlobalColor"):
            found.append(f"line {node.lineno}: Qt.{node.attr}")
    return found


def test_the_check_finds_each_kind_of_fixed_colour() -> None:
    sample = ('a = QColor("#4a5661")\nb = QColor(79, 122, 138)\nc = Qt.GlobalColor.white\nd = Qt.white\n'
              'e = "QLabel { color: #fff; }"\nf = "background: rgba(0, 0, 0, 10)"\ng = f"color: {x}; border: #5b6770"\n'
              'h = "&#39; and a #1 and #tag"\ni = QColor(c.text)\n')
    lines = sorted(int(hit.split(":")[0].removeprefix("line ")) for hit in fixed_colours(sample))
    assert lines == [1, 1, 2, 3, 4, 5, 6, 7]  # line 1 twice (the hex, and QColor of a literal); 8 and 9 pass


def test_no_screen_keeps_a_fixed_colour_outside_style_py() -> None:
    offenders = {}
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name == "style.py" or name in ALLOWED:
            continue
        found = fixed_colours(path.read_text(encoding="utf-8"))
        if found:
            offenders[name] = found
    assert offenders == {}, "use ui/style.py's colours or palette roles, or allow-list the file with a reason"
    for name, why in ALLOWED.items():
        assert (UI / name).exists() and why.strip()
