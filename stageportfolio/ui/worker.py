"""The one background helper: runs slow work (a PDF with many attachments, an import) off the
GUI thread and reports back through Qt signals.

``Worker.start(fn)`` calls ``fn(progress)`` in a thread of the worker's own pool, where
``progress(done, total)`` may be called as often as the work likes. The GUI thread hears
``progress(done, total)``, then ``finished(result)`` or ``failed(message)``. Only the latest
request counts: starting a new one makes every earlier one outdated. An outdated request that
has not begun yet is skipped, one that is running stops at its next ``progress`` call, and
whatever an outdated request still delivers is dropped. The work itself never touches widgets:
it gets no widget, and everything it reports is delivered by queued signals on a QObject that
lives in the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside outdated work at its next ``progress`` call, so it stops early."""


class _Relay(QObject):
    """Lives in the GUI thread; the pool's threads only emit its signals (queued delivery)."""

    progress = Signal(int, int, int)  # request, done, total
    done = Signal(int, object)  # request, result
    error = Signal(int, str)  # request, message


class _Job(QRunnable):
    def __init__(self, worker: Worker, request: int, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._worker = worker
        self._relay = worker._relay
        self._request = request
        self._fn = fn
        self.ended = False  # set by the pool thread when run() is over
        # Python, not the pool thread, deletes this object (see ``_pool``).
        self.setAutoDelete(False)

    def run(self) -> None:  # runs in a pool thread
        try:
            self._run()
        finally:
            self.ended = True

    def _run(self) -> None:
        if self._worker.latest_request() != self._request:
            return  # replaced before it began

        def progress(done: int, total: int) -> None:
            if self._worker.latest_request() != self._request:
                raise Cancelled
            if not self._tell("progress", int(done), int(total)):
                raise Cancelled

        try:
            result = self._fn(progress)
        except Cancelled:
            return
        except Exception as exc:  # reported as a message, never a traceback
            if self._worker.latest_request() == self._request:
                log.exception("background work failed")
            self._tell("error", str(exc) or type(exc).__name__)
            return
        self._tell("done", result)

    def _tell(self, signal: str, *args: object) -> bool:
        """Emit on the relay; False when the window that asked was closed meanwhile (its relay
        is gone with it, and nobody is listening any more)."""
        try:
            getattr(self._relay, signal).emit(self._request, *args)
        except RuntimeError:  # "Signal source has been deleted"
            return False
        return True


_POOLS: dict[int, QThreadPool] = {}


def _pool(max_threads: int) -> QThreadPool:
    """One long-lived pool per thread count, owned by no widget. A pool that is destroyed
    waits for its threads; as a child of a window it was destroyed with the window, holding
    Python's lock, while its thread still needed that lock to finish or to delete a Python
    job: a deadlock (seen when a test closed a window whose PDF was still rendering). So the
    pools live as long as the app, and the jobs are deleted by Python (``setAutoDelete``)."""
    pool = _POOLS.get(max_threads)
    if pool is None:
        pool = _POOLS[max_threads] = QThreadPool()
        pool.setMaxThreadCount(max_threads)
    return pool


class Worker(QObject):
    """Runs one piece of work at a time in the background; the latest request wins."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = _pool(max(1, max_threads))
        self._jobs: list[_Job] = []  # kept until they ended, then released in this thread
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, queued)
        self._relay.done.connect(self._on_done, queued)
        self._relay.error.connect(self._on_error, queued)
        self._lock = threading.Lock()
        self._latest = 0
        self._busy = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    # -- called from the GUI thread ----------------------------------------------------------

    def start(self, fn: Callable[[Progress], Any]) -> int:
        """Run ``fn(progress)`` in the background; earlier requests become outdated."""
        with self._lock:
            self._latest += 1
            request = self._latest
        self._busy = True
        self._jobs = [job for job in self._jobs if not job.ended]
        job = _Job(self, request, fn)
        self._jobs.append(job)
        self._pool.start(job)
        return request

    def cancel(self) -> None:
        """Make every request outdated: nothing more is reported."""
        with self._lock:
            self._latest += 1
        self._busy = False

    def is_busy(self) -> bool:
        """True from ``start()`` until the latest request finished, failed or was cancelled."""
        return self._busy

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool's threads are idle (for shutdown and tests; the pool may be
        shared with other workers of the same thread count)."""
        return self._pool.waitForDone(msecs)

    # -- any thread --------------------------------------------------------------------------

    def latest_request(self) -> int:
        with self._lock:
            return self._latest

    # -- delivered in the GUI thread -----------------------------------------------------------

    def _on_progress(self, request: int, done: int, total: int) -> None:
        if request == self.latest_request():
            self.progress.emit(done, total)

    def _on_done(self, request: int, result: object) -> None:
        if request == self.latest_request():
            self._busy = False
            self.finished.emit(result)

    def _on_error(self, request: int, message: str) -> None:
        if request == self.latest_request():
            self._busy = False
            self.failed.emit(message)
