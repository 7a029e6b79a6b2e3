"""The same batch on a dask.distributed cluster, for more cases than one machine can take.

Each case is one task running :func:`~pipeline.reprocess.case.process_case` on a worker, which
must see the case folders at the same paths (a shared drive) and have the tool, its spaCy model
and LibreOffice installed. The model is loaded once per worker process and kept (the analyzer is
cached in the process); every conversion uses its own LibreOffice profile, so a worker may run
several threads. The review password is read from each worker's own environment: it is never
sent with a task. Dask is an optional extra: ``pip install '.[distributed]'``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from pipeline.errors import ConfigError, ReprocessError
from pipeline.reprocess.case import CaseResult, CaseTask, failed, process_case

INSTALL = "pip install '.[distributed]'"


def _client(address: str):
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise ConfigError(f"--scheduler needs Dask, an optional extra; install it with: "
                          f"{INSTALL}") from exc
    try:
        return Client(address, timeout="30s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ReprocessError(f"{address}: could not reach a Dask scheduler there; check the "
                             "address and that 'dask scheduler' is running.") from exc


def run_on_cluster(address: str, tasks: Sequence[CaseTask],
                   on_result: Callable[[int, CaseResult], None] | None = None
                   ) -> list[CaseResult]:
    """Run every task on the cluster at ``address``; results in task order.

    A task whose worker died more often than the scheduler allows (``KilledWorker``) or that
    could not be sent comes back as a failed case; the others are unaffected.
    """
    from dask.distributed import as_completed

    results: list[CaseResult | None] = [None] * len(tasks)
    with _client(address) as client:
        batch = uuid.uuid4().hex  # keys unique to this batch: two batches may share a cluster
        futures = {client.submit(process_case, task, key=f"dhr-reprocess-{batch}-{i}",
                                 pure=False): i for i, task in enumerate(tasks)}
        for future in as_completed(futures):
            index = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # KilledWorker, a lost connection, a pickling fault
                result = failed(tasks[index], f"the Dask task failed ({type(exc).__name__})")
            results[index] = result
            if on_result is not None:
                on_result(index, result)
    return [r for r in results if r is not None]
