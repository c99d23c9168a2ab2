"""A clear start: no display or missing X11 libraries give one sentence, not Qt's abort."""

from __future__ import annotations

from ipt_journal.startup import XCB_LIBRARIES, start_problem


def test_no_display_on_linux_is_one_sentence() -> None:
    problem = start_problem({}, "linux", loads=lambda _name: True)
    assert problem is not None and "DISPLAY" in problem and problem.count(". ") == 0


def test_missing_xcb_libraries_name_the_packages() -> None:
    missing = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    problem = start_problem({"DISPLAY": ":0"}, "linux", loads=lambda name: name not in missing)
    assert problem is not None
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in problem
    assert "libxcb-icccm4" not in problem


def test_nothing_to_say_when_the_window_can_open() -> None:
    assert start_problem({"DISPLAY": ":0"}, "linux", loads=lambda _name: True) is None
    assert start_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", loads=lambda _name: False) is None
    assert start_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", loads=lambda _name: False) is None
    assert start_problem({}, "win32", loads=lambda _name: False) is None
    assert start_problem({}, "darwin", loads=lambda _name: False) is None


def test_choosing_xcb_still_checks_the_libraries() -> None:
    problem = start_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, "linux", loads=lambda _name: False)
    assert problem is not None and all(package in problem for _lib, package in XCB_LIBRARIES)
