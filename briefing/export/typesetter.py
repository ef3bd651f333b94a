"""Typst in a worker process of its own: the app stays small, and a long session stays flat.

Typst memoises layout work for the whole process and keeps what the last ten compilations
used: measured here, every different 500-note briefing adds ~300 MB and a process reaches
3.4 GB after ten of them, and nothing in the Python binding lets that go. So the compiler
lives in a child process: exporting the same briefing again is quick (its layout is
remembered there), and when the child has grown past :data:`RECYCLE_MB` it is ended and
the next PDF starts a fresh one. A crash or a hang in the child ends that export with a
clear error and nothing else; its time is bounded by :data:`TIME_LIMIT` and its address
space by :data:`MEMORY_LIMIT`.

The child is this Python running :func:`serve` (``-c``), or, in a frozen bundle, the
bundle's executable started with ``--typeset`` (``briefing/__main__.py``). It reads
requests on stdin and answers on stdout, each a length-prefixed frame.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
import weakref

from briefing.core.errors import BriefingError, marked

RECYCLE_MB = 500  # a child this large after a PDF is replaced before the next one
TIME_LIMIT = 300  # seconds for one PDF
MEMORY_LIMIT = 16 * 1024**3  # the child's address space
FROZEN_FLAG = "--typeset"
_HEAD = struct.Struct("<Q")  # a frame: 8-byte length, then the bytes
_ANSWER = struct.Struct("<BQ")  # an answer's head: status (0 ok, 1 error), RSS in KB


class PdfError(BriefingError):
    """The PDF could not be made."""


# ---- the child --------------------------------------------------------------------------------


def _rss_kb() -> int:
    """The child's memory in KB: what is resident now on Linux (/proc), the working set on
    Windows, the peak so far elsewhere (macOS: ``ru_maxrss``, which is in bytes there and in
    KB on Linux); 0 when the system does not say (the child is then never recycled)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, AttributeError):
        pass
    if sys.platform == "win32":
        return _working_set_kb()
    try:
        import resource
    except ImportError:
        return 0
    peak = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak // 1024 if sys.platform == "darwin" else peak


def _working_set_kb() -> int:
    """Windows: the process's working set (psapi's GetProcessMemoryInfo), in KB; 0 if unknown."""
    try:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):  # PROCESS_MEMORY_COUNTERS
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        *((name, ctypes.c_size_t) for name in (
                            "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                            "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                            "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage"))]

        kernel32, psapi = ctypes.WinDLL("kernel32"), ctypes.WinDLL("psapi")
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        psapi.GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters),
                                               wintypes.DWORD]
        psapi.GetProcessMemoryInfo.restype = wintypes.BOOL
        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        if not psapi.GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters),
                                          counters.cb):
            return 0
        return int(counters.WorkingSetSize) // 1024
    except (ImportError, AttributeError, OSError):  # (no WinDLL off Windows)
        return 0


def _read_frame(stream) -> bytes | None:
    head = stream.read(_HEAD.size)
    if len(head) < _HEAD.size:
        return None
    (size,) = _HEAD.unpack(head)
    data = stream.read(size)
    return data if len(data) == size else None


def serve() -> None:
    """The child's loop: a first frame names the fonts folder and holds the layout; each
    later frame is a document (JSON) to compile."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass  # not on this system: the time limit and recycling still hold
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answers
    fonts = _read_frame(stdin)
    layout = _read_frame(stdin)
    if fonts is None or layout is None:
        return
    import typst

    compiler = typst.Compiler(
        font_paths=typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                               font_paths=[fonts.decode("utf-8")]),
        ignore_system_fonts=True)
    while (data := _read_frame(stdin)) is not None:
        try:
            pdf = compiler.compile(input=layout, sys_inputs={"data": data.decode("utf-8")},
                                   pdf_standards=["ua-1"], timestamp=0)
            status, payload = 0, bytes(pdf)
        except Exception as exc:  # noqa: BLE001  (typst.TypstError; reported to the parent)
            message = getattr(exc, "message", None) or str(exc)
            status, payload = 1, " ".join(str(message).split()).encode("utf-8")
        stdout.write(_ANSWER.pack(status, _rss_kb()) + _HEAD.pack(len(payload)) + payload)
        stdout.flush()


# ---- the parent -------------------------------------------------------------------------------


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-c", "from briefing.export.typesetter import serve; serve()"]


def _stop(process: subprocess.Popen) -> None:
    try:
        process.stdin.close()
    except OSError:
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    process.stdout.close()


class Typesetter:
    """One Typst worker process, started on first use and replaced when it grows."""

    def __init__(self, fonts: str, layout: bytes):
        self.fonts, self.layout = fonts, layout
        self._process: subprocess.Popen | None = None
        self._finalizer = None
        self.last_rss_mb = 0.0  # the child's size after the last PDF (benchmarks, tests)
        self.started = 0  # how many children this typesetter has started

    def _start(self) -> None:
        package = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = dict(os.environ)
        if not getattr(sys, "frozen", False):  # the child imports this very package
            env["PYTHONPATH"] = os.pathsep.join(p for p in (package, env.get("PYTHONPATH"))
                                                if p)
        process = subprocess.Popen(_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, env=env)
        self._process = process
        self._finalizer = weakref.finalize(self, _stop, process)
        self.started += 1
        fonts = self.fonts.encode("utf-8")
        process.stdin.write(_HEAD.pack(len(fonts)) + fonts + _HEAD.pack(len(self.layout))
                            + self.layout)

    def close(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self._process = self._finalizer = None

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def compile(self, data: str) -> bytes:
        """The PDF Typst makes of the JSON document `data`."""
        if not self._alive():
            self.close()
            self._start()
        process = self._process
        answer: list = []

        def read() -> None:
            head = process.stdout.read(_ANSWER.size)
            if len(head) == _ANSWER.size:
                answer.append(_ANSWER.unpack(head))
                answer.append(_read_frame(process.stdout))

        body = data.encode("utf-8")
        try:
            process.stdin.write(_HEAD.pack(len(body)) + body)
            process.stdin.flush()
        except OSError:
            pass  # the child is gone: reported below
        reader = threading.Thread(target=read, name="briefing-typst-answer", daemon=True)
        reader.start()
        reader.join(TIME_LIMIT)
        if reader.is_alive():
            process.kill()
            self.close()
            raise PdfError(marked("core", "Typesetting the PDF took longer than {seconds} s "
                                          "and was stopped; nothing was written."),
                           seconds=TIME_LIMIT)
        if len(answer) != 2 or answer[1] is None:
            code = process.poll()
            self.close()
            if code is None:
                raise PdfError(marked("core", "The PDF typesetter stopped unexpectedly; nothing "
                                              "was written. Try again, or export to Word."))
            raise PdfError(marked("core", "The PDF typesetter stopped unexpectedly (exit status "
                                          "{code}); nothing was written. Try again, or export "
                                          "to Word."), code=code)
        (status, rss_kb), payload = answer
        self.last_rss_mb = rss_kb / 1024
        if self.last_rss_mb > RECYCLE_MB:
            self.close()  # let the memory go; the next PDF starts a fresh child
        if status != 0:
            raise PdfError(marked("core", "The PDF could not be typeset ({detail}); nothing was "
                                          "written."), detail=payload.decode('utf-8', 'replace'))
        return payload
