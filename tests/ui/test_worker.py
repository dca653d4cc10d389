"""The background worker outlives the window that asked: closing a window while its work
still runs neither waits for that work (the deadlock a pool owned by the window caused) nor
reports into the closed window."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stageportfolio.ui.worker import Progress, Worker, _pool


def test_closing_the_window_while_its_work_runs_does_not_wait_for_it(qtbot: QtBot) -> None:
    window = QWidget()
    worker = Worker(window)
    started, release, ended = threading.Event(), threading.Event(), threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        release.wait(10)
        try:
            progress(1, 1)  # the window is gone by now: this stops the work quietly
            return "klaar"
        finally:
            ended.set()

    worker.start(work)
    assert started.wait(10)
    shiboken6.delete(window)  # the window and its worker go while the work runs
    assert not ended.is_set()  # closing did not wait for the work
    release.set()
    assert ended.wait(10)
    assert _pool(1).waitForDone(10_000)
    qtbot.wait(50)  # anything queued for the closed window is dropped, never an error
