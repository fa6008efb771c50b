"""_batch.py — the batch options handle (ctrend_batch_opts) and a call that Ctrl-C can stop.

run() is the one way a long C call is made from Python: the batch calls (on a
ctrend_batch_opts) and the long single-series calls ctrend_breaks_fit,
ctrend_forecast_new_v2 and ctrend_backtest_add_model (on a ctrend_model_opts, models.Options:
the same cancel/progress/reset methods). A call runs in a worker thread (ctypes releases the GIL for the C call) while the
calling thread waits on it in short slices (``Thread.join(0.05)``), so the interpreter can
deliver KeyboardInterrupt to it. On KeyboardInterrupt (or any exception while waiting) the
waiter calls ctrend_batch_opts_cancel, which the C workers poll before each series; it then
joins the worker (a fit stops within one series: milliseconds) and frees the handle before
re-raising, so nothing leaks and no thread is left running. Progress: the C engine's atomic
counter (ctrend_batch_opts_progress), shown with tqdm when it is importable and wanted.
"""
import ctypes
import sys
import threading

from . import _lib
from ._api_generated import ctrend_error_t
from .frame import Handle

_P = ctypes.c_void_p
#: seconds the waiting thread sleeps between looks (KeyboardInterrupt latency)
POLL_SECONDS = 0.05
BATCH_KEYS = _lib.enum_table("ctrend_batch_opt", "CTREND_BATCH_")


class BatchOptions(Handle):
    """ctrend_batch_opts: series selection, threads, lanes, model options, scalar keys,
    per-series error records; cancel flag and progress counter of the running call."""

    _free_name = "ctrend_batch_opts_free"

    def __init__(self, series=None, n_threads=0, lanes=True, options=None, keys=(),
                 errors=True):
        p = _P()
        _lib.check(_lib.fn("ctrend_batch_opts_new")(ctypes.byref(p)), where="batch options")
        super().__init__(p.value)
        self.set_int("threads", n_threads)
        self.set_int("lanes", 1 if lanes else 0)
        self.set_int("errors", 1 if errors else 0)
        if series is not None:
            sel = (ctypes.c_size_t * max(len(series), 1))(*series)
            _lib.check(_lib.fn("ctrend_batch_opts_set_series")(self.ptr, sel, len(series)),
                       where="batch series")
        if keys:
            kbuf = (ctypes.c_int * len(keys))(*keys)
            _lib.check(_lib.fn("ctrend_batch_opts_set_keys")(self.ptr, kbuf, len(keys)),
                       where="batch scalars")
        if options is not None:
            _lib.check(_lib.fn("ctrend_batch_opts_set_model")(self.ptr, options.ptr),
                       where="batch options")

    def set_int(self, key, value):
        _lib.check(_lib.fn("ctrend_batch_opts_set_int")(self.ptr, BATCH_KEYS[key], int(value)),
                   where="batch option %s" % key)

    def progress(self):
        done, total = ctypes.c_size_t(), ctypes.c_size_t()
        _lib.check(_lib.fn("ctrend_batch_opts_progress")(self.ptr, ctypes.byref(done),
                                                         ctypes.byref(total)), where="progress")
        return done.value, total.value

    def cancel(self):
        _lib.fn("ctrend_batch_opts_cancel")(self.ptr)

    def reset(self):
        _lib.fn("ctrend_batch_opts_reset")(self.ptr)

    def message(self, i):
        """The message of row i of the last call ('' when it succeeded)."""
        err = ctrend_error_t()
        if _lib.fn("ctrend_batch_opts_error")(self.ptr, i, ctypes.byref(err)) != 0:
            return ""
        return _lib.decode(err.message)


def _progress_bar(progress, total, desc, unit="series"):
    """A tqdm bar when asked (True) or when None and stderr is a terminal; else None."""
    if progress is False or total == 0:
        return None
    if progress is None and not (hasattr(sys.stderr, "isatty") and sys.stderr.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # optional: no bar without it
        return None
    return tqdm(total=total, desc=desc, unit=unit, leave=False)


def run(opts, call, total, progress=None, desc="ctrend", unit="series"):
    """Run call() (a C call on `opts`, returning its status) in a worker thread; wait in
    POLL_SECONDS slices; on KeyboardInterrupt cancel, wait for the C call to end and re-raise.
    opts: a BatchOptions or a models.Options (cancel(), reset(), progress()); its flag is
    reset first (a Ctrl-C of an earlier call leaves it set). Returns the status. The end is signalled by an Event, not Thread.join: a join interrupted
    by KeyboardInterrupt can leave the thread marked as stopped while it still runs (CPython
    gh-90882), and the handle must not be freed under a running C call."""
    result = {}
    finished = threading.Event()

    def work():
        try:
            result["rc"] = call()
        except BaseException as e:  # e.g. a ctypes argument error: raised in the caller
            result["exc"] = e
        finally:
            finished.set()

    opts.reset()
    bar = _progress_bar(progress, total, desc, unit)
    worker = threading.Thread(target=work, name="ctrend-batch", daemon=True)
    worker.start()
    shown = 0
    try:
        while not finished.wait(POLL_SECONDS):
            if bar is not None:
                done = opts.progress()[0]
                bar.update(done - shown)
                shown = done
    except BaseException:
        opts.cancel()  # the C workers stop before their next series
        while True:    # within one series' work (milliseconds); a second Ctrl-C waits too
            try:
                finished.wait()
                break
            except KeyboardInterrupt:
                continue
        worker.join()
        raise
    finally:
        if bar is not None:
            bar.close()
    worker.join()
    if "exc" in result:
        raise result["exc"]
    return result["rc"]
