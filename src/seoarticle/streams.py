"""The standard streams of the command line when they fail: stdout started
closed, stderr full or closed, stdout pointed at /dev/null after a failed
write. The CLI (`cli.main`) installs them; messages that cannot be written
change neither the run nor its exit code."""

from __future__ import annotations

import errno
import io
import os
import sys


class ClosedStream:
    """sys.stdout when the process was started with it closed."""

    def write(self, data):
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        raise OSError(errno.EBADF, "standard output is closed")


class Forgiving:
    """sys.stderr, whose writes never fail: once one did (a full disk, a
    closed descriptor), the stream is pointed at /dev/null, so that what is
    left in its buffer and Python's last flush at exit fail no more."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, data):
        try:
            if self._stream is not None:
                return self._stream.write(data)
        except (OSError, ValueError):
            self._lost()
        return len(data)

    def flush(self):
        try:
            if self._stream is not None:
                self._stream.flush()
        except (OSError, ValueError):
            self._lost()

    def isatty(self):
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def _lost(self) -> None:
        try:
            _to_devnull(self._stream.fileno())
            self._stream.flush()  # (what was left in the buffer goes to /dev/null)
        except (OSError, ValueError, AttributeError):
            self._stream = None

    def __getattr__(self, name):  # encoding, fileno, …
        if self._stream is None:  # (closed, « 2>&- », or lost: what a stream with nowhere to write says)
            if name in _CLOSED:
                return _CLOSED[name]
            raise AttributeError(name)
        return getattr(self._stream, name)


def _unsupported(*args):
    raise io.UnsupportedOperation("standard error is closed")


# What `Forgiving` answers for a stderr that is closed (c1-18).
_CLOSED = {"encoding": "utf-8", "errors": "backslashreplace", "newlines": None, "closed": False,
           "line_buffering": False, "mode": "w", "name": "<stderr>",
           "fileno": _unsupported, "readable": lambda: False, "writable": lambda: True,
           "seekable": lambda: False, "close": lambda: None, "writelines": lambda lines: None}


def quiet_stdout() -> None:
    """Point stdout at /dev/null after it failed, so that Python's last flush at exit fails no more."""
    try:
        _to_devnull(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        sys.stdout = ClosedStream()


def _to_devnull(fd: int) -> None:
    """Point descriptor `fd` at /dev/null (OSError when it cannot be)."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)
