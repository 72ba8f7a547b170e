"""Per-file checks in child processes, so that one file can never lose the run.

A parser is native code (pglast, libcst, the YAML and JavaScript parsers): on a hostile file it
can crash the process (a segfault), run for ever or allocate without bound. Each file is checked
in a worker process; a worker that dies, passes the per-file time limit or runs out of memory
costs the file it was on (RL013, with its conflict markers, which the parent finds itself) and
nothing else: the rest of its share is checked again by a new worker. Also with --jobs 1 (one
worker).

Workers end with the run: on SIGTERM or SIGINT the parent ends them before it exits, and a worker
whose parent has gone (SIGKILL) notices within a second and exits.
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

FILE_TIME_LIMIT = 60.0  # seconds one file may take in a worker
ORPHAN_GRACE = 30  # seconds past that limit after which a worker whose run is gone ends itself (SIGALRM)
MEMORY_LIMIT = 4 << 30  # bytes of data (heap and anonymous mappings) a worker may have: worker-memory-limit
POLL = 0.25  # seconds between looks at the workers' clocks
PARENT_CHECK = 0.5  # seconds between a worker's looks at its parent
PARSER_STACK = 256 * 1024 * 1024  # a native parser's thread stack (in_big_stack; virtual memory only)


class Failure:
    """A file its worker could not finish: why (for RL013)."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


def run(tasks: Sequence, check: Callable, context, jobs: int, chunk: int,
        deliver: Callable[[int, object], None], memory_limit: int = MEMORY_LIMIT,
        chunks: list[list[int]] | None = None) -> None:
    """check(task) for every task in up to `jobs` worker processes of `context`, each allowed
    `memory_limit` bytes of data, `chunk` tasks at a time in order (or the given `chunks` of
    task indices, each once, in their order); deliver(index, result) as results arrive (a Failure
    for a task whose worker crashed, timed out or ran out of memory). Every worker has ended when
    this returns or raises."""
    if chunks is None:
        chunks = [list(range(start, min(start + chunk, len(tasks)))) for start in range(0, len(tasks), chunk)]
    queue = deque(list(part) for part in chunks if part)
    workers: list[_Worker] = []
    stop: list[int] = []
    previous = _on_signals(stop)
    try:
        while queue or any(worker.chunk for worker in workers):
            if stop:
                raise KeyboardInterrupt
            for gone in [worker for worker in workers if not worker.chunk and not worker.process.is_alive()]:
                gone.stop()  # killed from outside between chunks: nothing lost
                workers.remove(gone)
            idle = [worker for worker in workers if not worker.chunk]
            while queue and (idle or len(workers) < jobs):
                worker = idle.pop() if idle else _Worker(context, check, memory_limit)
                if worker not in workers:
                    workers.append(worker)
                worker.assign(queue.popleft(), tasks)
            busy = [worker for worker in workers if worker.chunk]
            _wait_any(busy)
            if stop:
                raise KeyboardInterrupt
            for worker in busy:
                done = worker.collect()
                if done is not None:
                    for index, result in zip(worker.chunk, done):
                        deliver(index, result)
                    worker.chunk = None
                    continue
                why = worker.failed()
                if why is None:
                    continue
                position = worker.position()
                lost = worker.chunk
                worker.stop()
                workers.remove(worker)
                deliver(lost[position], Failure(why))
                rest = lost[:position] + lost[position + 1:]
                if rest:
                    queue.appendleft(rest)
    finally:
        for worker in workers:
            worker.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _on_signals(stop: list[int]) -> dict:
    """SIGTERM and SIGINT stop the run between two looks at the workers (at most POLL later), never
    in the middle of starting one or talking to it; the run then ends them all and exits as
    interrupted."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def interrupt(signum, frame):
        stop.append(signum)

    return {signum: signal.signal(signum, interrupt) for signum in (signal.SIGTERM, signal.SIGINT)}


def _wait_any(busy: list[_Worker]) -> None:
    waitables = [worker.conn for worker in busy] + [worker.process.sentinel for worker in busy]
    if busy and isinstance(busy[0].conn, _Conn):
        import select

        select.select(waitables, [], [], POLL)
        return
    from multiprocessing.connection import wait

    wait(waitables, timeout=POLL)


class Forked:
    """The start method for workers forked from this process, as multiprocessing's "fork" context
    starts them (os.fork, the target run in the child, its exit status, a sentinel that becomes
    readable when the child ends), without multiprocessing: its imports (ctypes, a shared-memory
    arena in a temporary file, pickling machinery) and each Process's bookkeeping cost a few runs'
    worth of milliseconds where users wait (a hook's ten files, one modified file). The workers'
    guarantees (time limit, memory limit, a crash costs one file, signals, the parent watch) are
    run()'s and _serve()'s, the same with either start method."""

    @staticmethod
    def Pipe() -> tuple[_Conn, _Conn]:
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        return _Conn(up_r, down_w), _Conn(down_r, up_w)

    @staticmethod
    def RawArray(typecode: str, size: int):
        """`size` numbers of `typecode` ("d") in memory shared with the children forked after."""
        import mmap

        return memoryview(mmap.mmap(-1, 8 * size)).cast(typecode)

    Process = None  # set below (_ForkedProcess)


class _Conn:
    """One end of a worker's two pipes: pickled messages, each after its length."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._read, self._write = read_fd, write_fd

    def fileno(self) -> int:
        return self._read

    def send(self, message) -> None:
        import pickle

        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "big") + data)
        while view:
            view = view[os.write(self._write, view):]

    def recv(self):
        import pickle

        return pickle.loads(self._exactly(int.from_bytes(self._exactly(8), "big")))

    def _exactly(self, size: int) -> bytes:
        parts, left = [], size
        while left:
            part = os.read(self._read, min(left, 1 << 20))
            if not part:
                raise EOFError
            parts.append(part)
            left -= len(part)
        return b"".join(parts)

    def poll(self) -> bool:
        import select

        return bool(select.select([self._read], [], [], 0)[0])

    def close(self) -> None:
        for fd in (self._read, self._write):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._read = self._write = -1


class _ForkedProcess:
    """A child forked from this process running target(*args), then exiting (os._exit: nothing
    of the parent's is flushed or finalized twice); stdin is /dev/null in the child, as
    multiprocessing makes it."""

    def __init__(self, target: Callable, args: tuple = (), daemon: bool = True) -> None:
        self._target, self._args = target, args
        self.pid: int | None = None
        self.sentinel = -1
        self._exitcode: int | None = None

    def start(self) -> None:
        ready, done = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            code = 1
            try:
                os.close(ready)
                _stdin_from_devnull()
                self._target(*self._args)
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(done)
        self.pid, self.sentinel = pid, ready

    def _poll(self, block: bool = False) -> int | None:
        if self._exitcode is None and self.pid is not None:
            try:
                pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
            except ChildProcessError:
                return self._exitcode
            if pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
        return self._exitcode

    @property
    def exitcode(self) -> int | None:
        return self._poll()

    def is_alive(self) -> bool:
        return self.pid is not None and self._poll() is None

    def kill(self) -> None:
        if self._poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def join(self, timeout: float | None = None) -> None:
        """Waits for the child's end (at most `timeout` seconds); once it has ended, its sentinel is closed."""
        if self.pid is None:
            return
        if self._poll() is None:
            if timeout is None:
                self._poll(block=True)
            else:
                import select

                select.select([self.sentinel], [], [], timeout)
                self._poll()
        if self._exitcode is not None and self.sentinel >= 0:
            os.close(self.sentinel)
            self.sentinel = -1


Forked.Process = _ForkedProcess


@contextlib.contextmanager
def c_stdout_to_devnull():
    """File descriptor 1 pointed at /dev/null for the block, and the C library's stdout buffer flushed
    there before it is put back: what a native parser prints (libpg_query's `#option dump`) stays out
    of a report on stdout. Python's own sys.stdout is flushed first, so nothing of ours is lost."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        _stdout_to_devnull()
        yield
    finally:
        _flush_c_stdio()
        os.dup2(saved, 1)
        os.close(saved)


def _stdout_to_devnull() -> None:
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    except OSError:
        pass


def _flush_c_stdio() -> None:
    try:
        import ctypes

        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError, TypeError):
        pass


def _stdin_from_devnull() -> None:
    try:
        sys.stdin.close()
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
    except (OSError, ValueError, AttributeError):
        pass


class _Worker:
    def __init__(self, context, check: Callable, memory_limit: int) -> None:
        self.conn, child = context.Pipe()
        self.status = context.RawArray("d", 2)  # [position in the chunk, monotonic start of that file]
        self.process = context.Process(target=_serve, args=(child, self.status, check, os.getpid(), memory_limit),
                                       daemon=True)
        self.process.start()
        child.close()
        self.chunk: list[int] | None = None

    def assign(self, chunk: list[int], tasks: Sequence) -> None:
        self.status[0], self.status[1] = 0, time.monotonic()
        self.chunk = chunk
        self.conn.send([tasks[index] for index in chunk])

    def collect(self):
        """The chunk's results when they have arrived, else None."""
        try:
            if self.conn.poll():
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        return None

    def failed(self) -> str | None:
        if not self.process.is_alive():
            code = self.process.exitcode
            if code is not None and code < 0:
                try:
                    name = signal.Signals(-code).name
                except ValueError:
                    name = f"signal {-code}"
                return f"killed by {name}"
            return f"exit status {code}"
        started = self.status[1]
        if started and time.monotonic() - started > FILE_TIME_LIMIT:
            return f"took longer than {FILE_TIME_LIMIT:g} s"
        return None

    def position(self) -> int:
        position = int(self.status[0])
        return position if 0 <= position < len(self.chunk or ()) else 0

    def stop(self) -> None:
        if self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(0.05 if self.chunk is None else 0)
            if self.process.is_alive():
                self.process.kill()
        self.process.join()
        self.conn.close()
        self.chunk = None


def _serve(conn, status, check: Callable, parent: int, memory_limit: int = MEMORY_LIMIT) -> None:
    """A worker: chunks of tasks in, their results out, until told to stop or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent ends us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    import faulthandler

    faulthandler.disable()  # a parser's crash is reported as RL013, not as a dump on stderr
    _stdout_to_devnull()  # a worker reports through its pipe: what a native parser prints is no report
    _limit_memory(memory_limit)
    _watch(os.getppid(), parent)
    while True:
        try:
            tasks = conn.recv()
        except (EOFError, OSError):
            break
        if tasks is None:
            break
        results = []
        for position, task in enumerate(tasks):
            status[0], status[1] = position, time.monotonic()
            _file_started()
            # the run ends a worker past FILE_TIME_LIMIT; a run killed with SIGKILL cannot, and the parent
            # watch needs the GIL a native parser may hold: SIGALRM's default action ends it then
            signal.alarm(int(FILE_TIME_LIMIT + ORPHAN_GRACE))
            results.append(check(task))
        signal.alarm(0)
        status[1] = 0.0
        try:
            conn.send(results)
        except OSError:
            break
    os._exit(0)


_limit: int | None = None  # in a worker: the data one file's check may add (worker-memory-limit)
_peak_before = 0  # in a worker: its peak resident size (bytes) when the current file started


def _limit_memory(memory_limit: int) -> None:
    """Data the worker has when it starts (a forked worker shares its parent's heap, and it
    counts) plus `memory_limit`: what one file's check may add."""
    global _limit
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        wanted = (_status("VmData") or 0) + memory_limit
        limit = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
        _limit = memory_limit
    except (ImportError, ValueError, OSError):  # not on every platform
        pass


def _status(field: str) -> int | None:
    """A size in bytes from /proc/self/status (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _peak_rss() -> int:
    """The process's peak resident size in bytes (getrusage: one system call)."""
    try:
        import resource
        import sys

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024
    except (ImportError, OSError):
        return 0


def in_big_stack(function, *args, **kwargs):
    """Run a parser in a thread with a large stack, so deep input cannot crash the process (a native
    parser's recursion, or Python's own under a raised recursion limit: runner._with_room_to_recurse)."""
    outcome: list = []

    def target():
        try:
            outcome.append((True, function(*args, **kwargs)))
        except BaseException as exc:  # re-raised in the caller's thread
            outcome.append((False, exc))

    allowed = file_allowance()  # worker-memory-limit: the stack counts against it
    stack = min(PARSER_STACK, allowed // 2) if allowed else PARSER_STACK
    previous = threading.stack_size(stack)
    try:
        thread = threading.Thread(target=target, name="rebound-lint-parser")
        thread.start()
    except RuntimeError:  # "can't start new thread": no room left for its stack
        raise MemoryError(f"no room for the parser's {stack >> 20} MiB stack") from None
    finally:
        threading.stack_size(previous)
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def file_allowance() -> int | None:
    """In a worker, the data one file's check may add (worker-memory-limit); else None."""
    return _limit


def _file_started() -> None:
    global _peak_before
    if _limit:
        _peak_before = _peak_rss()


def parser_stack_overflow(exc: MemoryError) -> bool:
    """Whether a MemoryError from Python's own parser means nesting too deep for its stack (RL012)
    rather than memory exhausted (RL013). Python 3.12+ says so in the message; 3.11 raises a bare
    MemoryError for both: memory was exhausted when the file raised the process's peak size by at
    least half the limit (a parser stack overflows long before that; a file that exhausts memory
    after an earlier one in the worker peaked higher reads as too deep: RL012, still an error)."""
    message = str(exc)
    if "too complex" in message or "stack overflow" in message.lower():
        return True
    if message:
        return False
    limit = _limit or _data_limit()  # outside a worker: the process's own limit (ulimit -d), if any
    if not limit:
        return True  # no limit: a bare MemoryError is the parser's
    return _peak_rss() - _peak_before < limit // 2


def raise_unless_stack_overflow(exc: MemoryError) -> None:
    """Re-raises a MemoryError that means memory ran out (the runner's RL013); returns for Python's
    parser overflowing its stack on deep nesting, which the caller reports (RL012) or passes over."""
    if not parser_stack_overflow(exc):
        raise exc


def _data_limit() -> int | None:
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_DATA)[0]
        return None if soft == resource.RLIM_INFINITY else soft
    except (ImportError, ValueError, OSError):
        return None


def _watch(spawner: int, parent: int) -> None:
    """Exit when the process that started this worker (the run, or its fork server) is gone: a
    run killed with SIGKILL cannot end its workers itself."""
    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK)
            if os.getppid() != spawner or not _alive(parent):
                os._exit(1)

    threading.Thread(target=watch, name="rebound-lint-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, not ours to signal
        return True
    return True
