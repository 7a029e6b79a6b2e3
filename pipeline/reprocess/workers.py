"""Worker processes for a batch on one machine, where a crash costs one case, not the batch.

``concurrent.futures.ProcessPoolExecutor`` marks the whole pool broken when one worker dies
(killed for memory, a crash in a native library) and every unfinished case with it. Here each
worker has its own pipe: when one dies, the case it was running is reported with the exit code,
a fresh worker takes its place, and the rest of the batch goes on.

Workers live for the whole batch and take cases one at a time, so what a worker loads once
(the spaCy model, about two seconds) serves every case it runs.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: int | None = None


def _serve(conn: Connection, parent_end: Connection, function: Callable[[Any], Any]) -> None:
    """A worker's loop: run each task sent, send back its result; stop on ``None``.

    The worker leads its own process group, so the processes it starts (LibreOffice, a big
    merge's readers) can be stopped with it, and Ctrl-C at the terminal reaches only the parent,
    which decides. SIGTERM becomes ``SystemExit`` so temporary folders (which may hold restricted
    text) are removed on the way out. The parent's end of the pipe is closed here, so a worker
    whose parent is killed sees end-of-file and stops instead of waiting for ever.
    """
    parent_end.close()
    if hasattr(os, "setpgrp"):
        os.setpgrp()
    signal.signal(signal.SIGTERM, _stop)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        index, task = message
        conn.send((index, function(task)))


def _stop(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _signal_group(worker: _Worker, signum: int) -> None:
    """Signal the worker and everything it started (its process group)."""
    pid = worker.process.pid
    if pid is None:
        return
    try:
        if hasattr(os, "killpg"):
            os.killpg(pid, signum)
        else:
            os.kill(pid, signum)
    except (ProcessLookupError, PermissionError):
        pass  # already gone


def _context() -> multiprocessing.context.BaseContext:
    try:
        return multiprocessing.get_context("fork")  # workers inherit what is imported
    except ValueError:
        return multiprocessing.get_context("spawn")


def run_in_workers(function: Callable[[T], R], tasks: Sequence[T], workers: int,
                   crashed: Callable[[T, str], R],
                   on_result: Callable[[int, R], None] | None = None) -> list[R]:
    """``[function(t) for t in tasks]`` in up to ``workers`` processes, in task order.

    ``function`` must not raise (it should turn failures into results). A worker that dies
    instead yields ``crashed(task, reason)`` for the task it held. ``on_result(index, result)``
    is called in this process as each task finishes (for a progress bar).
    """
    return _Pool(function, tasks, crashed, on_result).run(workers)


class _Pool:
    def __init__(self, function, tasks, crashed, on_result) -> None:
        self.function, self.tasks, self.crashed, self.on_result = (function, tasks, crashed,
                                                                   on_result)
        self.results: list[Any] = [None] * len(tasks)
        self.pending = deque(range(len(tasks)))
        self.context = _context()
        self.workers: list[_Worker] = []

    def run(self, workers: int) -> list[Any]:
        self.workers = [self._start() for _ in range(max(1, min(workers, len(self.tasks))))]
        try:
            for worker in self.workers:
                self._feed(worker)
            while busy := [w for w in self.workers if w.task is not None]:
                # A timeout, not just the sentinel: processes a dead worker started still hold
                # its pipe and sentinel open, so its death must also be found by asking.
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                             timeout=1.0)
                for worker in busy:
                    if (worker.conn in ready or worker.process.sentinel in ready
                            or not worker.process.is_alive()):
                        self._collect(worker)
        finally:
            self._close()
        return self.results

    def _close(self) -> None:
        """Stop every worker; those still busy (an interrupted batch) with all they started."""
        for worker in self.workers:
            if worker.task is not None and worker.process.is_alive():
                _signal_group(worker, signal.SIGTERM)
        for worker in self.workers:
            worker.process.join(timeout=10)
            if worker.process.is_alive():
                _signal_group(worker, signal.SIGKILL)
                worker.process.join()
            worker.conn.close()

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child, parent, self.function),
                                       name="dhr-worker")
        process.start()
        child.close()
        return _Worker(process, parent)

    def _feed(self, worker: _Worker) -> None:
        worker.task = self.pending.popleft() if self.pending else None
        message = None if worker.task is None else (worker.task, self.tasks[worker.task])
        with suppress(OSError):  # it died first: seen at the next wait, reported there
            worker.conn.send(message)

    def _finish(self, index: int, result: Any) -> None:
        self.results[index] = result
        if self.on_result is not None:
            self.on_result(index, result)

    def _collect(self, worker: _Worker) -> None:
        """A result from ``worker``, or the news that it died holding its task."""
        try:
            if worker.conn.poll():
                index, result = worker.conn.recv()
                self._finish(index, result)
                self._feed(worker)
                return
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return
        worker.process.join()
        _signal_group(worker, signal.SIGKILL)  # what it started dies with it
        code = worker.process.exitcode
        reason = ("the worker process stopped unexpectedly "
                  + (f"(signal {-code})" if code and code < 0 else f"(exit code {code})"))
        index, worker.task = worker.task, None
        self._finish(index, self.crashed(self.tasks[index], reason))
        if self.pending:
            replacement = self._start()
            self.workers[self.workers.index(worker)] = replacement
            worker.conn.close()
            self._feed(replacement)
