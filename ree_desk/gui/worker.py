"""Work off the UI thread, through one helper.

``run_in_background`` runs a function in Qt's thread pool and reports back
on the UI thread. The function must not touch widgets: it gets a
``progress(done, total, stage)`` callable instead, and its result (or its
exception) is handed to ``on_done`` (``on_failed``) in the UI thread.
"""
from __future__ import annotations

from typing import Any, Callable

from ree_desk.gui.qt import QObject, QRunnable, QThreadPool, Signal, isValid

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # the caller keeps it until it reports

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total, stage="": self.signals.progress.emit(int(done), int(total), stage))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    context: QObject | None = None,
) -> Task:
    """``context``: the widget the answer is for; if it is gone by then (a
    screen closed while its data loaded), the answer is dropped."""
    if context is None:
        owner = getattr(on_done, "__self__", None)
        context = owner if isinstance(owner, QObject) else None
    task = Task(fn)
    _running.add(task)

    def finish(callback, value):
        _running.discard(task)
        if context is not None and not isValid(context):
            return
        callback(value)

    task.signals.done.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda exc: finish(on_failed, exc))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Tests and shutdown: wait until every task has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
