"""Outputs: checked before any work, written atomically.

`write_atomic` writes a temporary file beside the target, flushes it to
disk, then renames it over the target, so an existing file is only ever
replaced by a complete one. The new file gets the old one's permissions
(or the usual ones, not mkstemp's private 0600). A target that is not a
regular file (/dev/stdout, a named pipe) cannot be replaced: it is written
to directly.

`check_output` says, before a long run, whether a path can take an output.
Standard library only (the spaCy cache uses this module before spaCy is
imported).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Callable

from .errors import InputError


def write_atomic(path: Path, data: str | bytes, expect: Callable[[], bool] | None = None) -> None:
    """Write `data` at `path` atomically (see above). `expect`: asked just
    before the rename, after the slow part; when it returns False nothing is
    replaced (`Changed`). Where it had found nothing, the new file is
    linked in place (never over a file made since: `Changed`)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        with open(path, "wb") as fh:
            fh.write(payload)
        return
    target = path.resolve()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
        if expect is None:
            os.replace(tmp, target)
        elif not os.path.lexists(target) and expect():
            try:
                os.link(tmp, target)
            except FileExistsError:  # (a file came there meanwhile)
                raise Changed(errno.EEXIST, "changed since it was seen", str(path)) from None
            except OSError:  # (a file system without hard links: the check just made stands)
                os.replace(tmp, target)
            else:
                os.unlink(tmp)
        elif expect():
            os.replace(tmp, target)
        else:
            raise Changed(errno.EEXIST, "changed since it was seen", str(path))
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class Changed(OSError):
    """`write_atomic`: the file at the path changed since it was seen."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_output(path: Path, inputs: tuple[str | Path | None, ...] = (), what: str = "the article") -> None:
    """InputError unless `path` can take an output: not a folder, in a
    folder that exists and is writable, and none of `inputs` (an output
    never overwrites the text it was made from)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for {what}"
                         + (f" ({path}/NAME.md), or end the folder with / for several inputs" if what == "the article" else ""))
    parent = path.parent
    if not parent.exists():
        raise InputError(f"{parent}: no such folder; create it first, or choose another output path")
    if not parent.is_dir():
        raise InputError(f"{parent}: is not a folder; choose another output path")
    if path.exists() and not os.access(path, os.W_OK):
        raise InputError(f"{path}: is read-only; choose another output path")
    if not os.access(parent, os.W_OK | os.X_OK):  # the new file is made there, then renamed
        raise InputError(f"{parent}: folder not writable; choose another output path")
    for inp in inputs:
        if inp in (None, "-"):
            continue
        try:
            same = path.exists() and os.path.samefile(path, inp)
        except OSError:
            same = False
        if same:
            raise InputError(f"{path}: is the input file; choose another output path so the input is kept")
