"""The offline bundle: PyInstaller builds it, its self-test passes with no network and a clean
home, it holds what it needs and nothing it should not, and its desktop app starts.

The build (packaging/build.sh, about 20 s) runs once per session; the self-test also runs
in-process, and the icon and desktop entry are checked without building.
"""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import __version__, app, selftest
from briefing.core import paths as paths_module

REPO = Path(__file__).resolve().parent.parent
# Linux, unpacked: 129 MB before the PDF engine; issue 17 allows "up to about 200 MB" for Typst
# (68 MB) and the fonts (21 MB): ICU's data trimmed to what Qt uses here (packaging/trim_icu.py)
# makes room. docs/packaging.md has what each part costs.
LIMIT_BYTES = 200_000_000
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
NEVER_SHIPPED = ("pytest", "_pytest", "pytestqt", "hypothesis", "hatchling", "build", "pip",
                 "setuptools", "PyInstaller", "ssl", "sitecustomize", "tests")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable, "BRIEFING_BUILD_DIR": str(out / "work")}
    started = time.monotonic()
    result = subprocess.run(["bash", str(REPO / "packaging" / "build.sh"), str(out / "dist")],
                            env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "MB unpacked" in result.stdout
    print(f"bundle built in {time.monotonic() - started:.0f} s: {result.stdout.strip()}")
    return out / "dist" / "briefing"


def _clean_env(home: Path, **extra) -> dict[str, str]:
    """No BRIEFING_HOME, no proxies, no display, no Python variables: a laptop's first start."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def _offline() -> list[str]:
    """Run in a network namespace with no interfaces when the system allows it."""
    try:
        probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return ["unshare", "-rn"] if probe.returncode == 0 else []


def _size(folder: Path) -> int:
    return sum(os.lstat(p).st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


@pytest.mark.slow
def test_bundle_self_test_passes_offline_with_a_clean_home(bundle, tmp_path):
    result = subprocess.run(_offline() + [str(bundle / "briefing"), "--self-test"],
                            env=_clean_env(tmp_path / "home"), capture_output=True, text=True,
                            timeout=300)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1].startswith("Self-test passed"), result.stdout
    steps = lines[1:-1]
    assert steps and all(line.startswith("ok   ") for line in steps), result.stdout
    assert {line.split(":")[0][5:] for line in steps} >= {
        "library", "search", "export docx", "export pdf", "export md", "window"}
    assert "Traceback" not in result.stderr
    assert not any((tmp_path / "home").iterdir())  # the self-test leaves the home untouched


@pytest.mark.slow
def test_bundle_command_line(bundle, tmp_path):
    env = _clean_env(tmp_path / "home")
    version = subprocess.run([str(bundle / "briefing"), "--version"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert version.returncode == 0
    assert version.stdout.startswith(f"briefing {__version__} (bundled library ")
    assert "missing" not in version.stdout
    found = subprocess.run([str(bundle / "briefing"), "claims", "search", "Ascend"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stderr
    assert "merics-ilr-15" in found.stdout


@pytest.mark.slow
def test_bundle_carries_and_prints_the_licences(bundle, tmp_path):
    licences = bundle / "_internal" / "resources" / "licenses"
    for path in (REPO / "resources" / "licenses").iterdir():
        assert (licences / path.name).read_bytes() == path.read_bytes(), path.name
    done = subprocess.run([str(bundle / "briefing"), "--licenses"],
                          env=_clean_env(tmp_path / "home"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "citeproc-js implements the Citation Style Language" in done.stdout
    assert "Full text: LGPL-3.0.txt" in done.stdout and "Python package PySide6" in done.stdout
    # Qt's third-party code and the Rust crates in Typst, with their texts
    assert "Third-party code inside Qt" in done.stdout and "HarfBuzz-NG" in done.stdout
    assert "Rust crates in Typst under MIT: copyright notices" in done.stdout
    assert "Full text: PCRE2-LICENCE.txt" in done.stdout and "Full text: MIT.txt" in done.stdout
    assert (bundle / "_internal" / "typst-0.15.2.dist-info" / "sboms").is_dir() or any(
        (bundle / "_internal").glob("typst-*.dist-info/sboms/*.cyclonedx.json"))
    system = licences / "system"
    if (Path("/usr/bin/dpkg-query")).exists():  # a Debian build machine: its libraries' licences
        index = (system / "INDEX.txt").read_text(encoding="utf-8")
        assert "libxcb" in index and list(system.glob("*.copyright"))


@pytest.mark.slow
def test_bundle_size_and_contents(bundle):
    size = _size(bundle)
    print(f"bundle: {size / 1e6:.1f} MB unpacked")
    assert size <= LIMIT_BYTES, f"{size / 1e6:.1f} MB unpacked (target {LIMIT_BYTES / 1e6:.0f})"
    inside = bundle / "_internal"
    for name in ("resources", "templates"):
        for path in (REPO / name).rglob("*"):
            if path.is_file():
                assert (inside / name / path.relative_to(REPO / name)).is_file(), path
    assert (inside / "docx" / "templates" / "default.docx").is_file()  # python-docx's own
    assert list(inside.glob("_quickjs*.so"))  # the CSL engine's host
    assert list((inside / "typst").glob("_typst*.so"))  # the PDF engine
    fonts = inside / "resources" / "fonts"
    assert (fonts / "NotoSansCJKsc-Regular.otf").is_file() and (fonts / "LICENSE-NotoSansCJK.txt").is_file()
    assert not list(inside.rglob("fontTools"))  # a build tool only
    assert all(p.stat().st_size < 5_000_000 for p in fonts.iterdir())  # the Chinese face split
    # ICU's data cut down (packaging/trim_icu.py): 32 MB whole
    (icu,) = (inside / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert icu.stat().st_size < 8_000_000
    assert not list(inside.rglob("lxml/html")) and not list(inside.rglob("lxml/sax*"))
    qt = inside / "PySide6" / "Qt"
    # Qt's translations: English, and Qt's German for the German interface; ours all ship.
    qms = {p.name for p in (qt / "translations").glob("*.qm")}
    assert "qtbase_de.qm" in qms and not [n for n in qms if not n.endswith("_en.qm")
                                          and n != "qtbase_de.qm"]
    ours = inside / "resources" / "translations"
    assert {"briefing_de.qm", "briefing_en.qm"} <= {p.name for p in ours.glob("*.qm")}
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
            "iconengines/libqsvgicon.so"} <= plugins
    assert not any(p.startswith(("tls/", "networkinformation/", "egldeviceintegrations/"))
                   or p.endswith("libqgtk3.so") for p in plugins)
    assert not list(inside.rglob("QtNetwork*")) and not list(inside.rglob("libQt6Network*"))
    for entry in ("briefing.desktop", "briefing.png", "install.sh"):
        assert (bundle / entry).is_file()


@pytest.mark.slow
def test_bundle_qt_works_with_the_trimmed_icu(bundle, tmp_path):
    """The bundle's Qt loads the cut-down ICU data and what it reads of it still answers:
    German and Chinese collation, Turkish upper case, a time zone's German name. (The
    self-test builds the window; this asks ICU itself, through the bundle's own Qt.)"""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\n"
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone\n"
        "de = QCollator(QLocale('de_DE'))\n"
        "zh = QCollator(QLocale('zh_CN'))\n"
        "print(sorted(['Zebra', 'Äpfel', 'apfel', 'Bär'], key=de.sortKey),\n"
        "      sorted(['中国', '北京', '上海'], key=zh.sortKey),\n"
        "      QLocale('tr_TR').toUpper('istanbul'),\n"
        "      QTimeZone(b'Europe/Berlin').displayName(QTimeZone.StandardTime,\n"
        "                                             QTimeZone.LongName, QLocale('de')))\n",
        encoding="utf-8")
    lib = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    env = {**_clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen"),
           "LD_PRELOAD": str(next(lib.glob("libicudata.so.*")))}
    done = subprocess.run([sys.executable, str(probe)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == ("['apfel', 'Äpfel', 'Bär', 'Zebra'] ['北京', '上海', "
                                          "'中国'] İSTANBUL Mitteleuropäische Normalzeit")


@pytest.mark.slow
def test_bundle_has_no_test_or_build_tools(bundle):
    listing = subprocess.run([sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer",
                              "-r", "-b", str(bundle / "briefing")], capture_output=True,
                             text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    modules = {line.strip() for line in listing.stdout.splitlines()}
    assert "briefing.selftest" in modules and "quickjs" in modules
    shipped = {m.split(".")[0] for m in modules}
    assert not shipped & set(NEVER_SHIPPED)
    on_disk = {p.name.split("-")[0] for p in (bundle / "_internal").iterdir()}
    assert not on_disk & set(NEVER_SHIPPED)


@pytest.mark.slow
def test_bundle_gui_starts_offscreen(bundle, tmp_path):
    home = tmp_path / "home"
    process = subprocess.Popen([str(bundle / "briefing")], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               env=_clean_env(home, QT_QPA_PLATFORM="offscreen"))
    try:
        time.sleep(5)
        running = process.poll() is None
    finally:
        process.terminate()
        try:
            _out, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
    assert running, f"the app exited with {process.returncode}: {err[-3000:]}"
    assert "Traceback" not in err, err
    assert (home / ".local" / "share" / "Briefing" / "library.sqlite").is_file()


# ---- without building --------------------------------------------------------------------


def test_self_test_passes_from_the_checkout(capsys):
    assert app.main(["--self-test"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "Self-test passed: all 8 steps ok."
    assert any(line.startswith("ok   library: ") and " claims" in line for line in lines)
    assert any(line.startswith("ok   search: 'Ascend' found ") for line in lines)


def test_self_test_reports_each_failure_and_fails(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path / "nowhere")
    assert selftest.run() == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[1].startswith("FAIL resources: ")
    assert lines[2].startswith("FAIL library: ")
    assert lines[3] == "FAIL search: not run: the library did not open"
    assert lines[-1].startswith("Self-test FAILED: 8 of 8 steps failed")


def test_bundle_layout_is_found_from_the_bundle_folder(monkeypatch, tmp_path):
    for name in ("resources", "templates"):
        (tmp_path / "_internal" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths_module.resources_dir() == tmp_path / "_internal" / "resources"
    assert paths_module.templates_dir() == tmp_path / "_internal" / "templates"
    monkeypatch.delattr(sys, "_MEIPASS")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "_internal" / "briefing"))
    assert paths_module.resources_dir() == tmp_path / "_internal" / "resources"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icon_sizes_are_rendered_from_the_svg():
    icons = REPO / "resources" / "icons"
    assert (icons / "briefing.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        assert _png_size(icons / f"briefing-{size}.png") == (size, size)
    assert (REPO / "packaging" / "icons" / "briefing.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (REPO / "packaging" / "icons" / "briefing.icns").read_bytes()[:4] == b"icns"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(REPO / "packaging" / "linux" / "briefing.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application" and main["Name"] == "Briefing"
    assert main["Exec"].split()[0] == "briefing" and main["Icon"] == "briefing"
    assert main["Terminal"] == "false" and main["Categories"].endswith(";")


def test_icu_trimming_keeps_what_qt_reads_and_the_data_format():
    """packaging/trim_icu.py: its reader and writer of ICU's common data give back the very
    bytes of the real library's data when nothing is dropped, and its choice keeps
    normalisation, break rules, root collation and the three languages."""
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import trim_icu
    finally:
        sys.path.remove(str(REPO / "packaging"))
    import PySide6

    (library,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    _name, offset, size = trim_icu._symbol(library)
    data = library.read_bytes()[offset:offset + size]
    header, items = trim_icu.items(data)
    assert trim_icu.assemble(header, items) == data
    kept = {name.split("/", 1)[1] for name, _ in items if trim_icu.wanted(name)}
    assert {"nfkc.nrm", "uts46.nrm", "unames.icu", "pool.res", "res_index.res",
            "root.res", "en_GB.res", "de.res", "zh_Hans.res", "brkitr/line.brk",
            "coll/ucadata.icu", "coll/de.res", "zone/de.res", "zoneinfo64.res"} <= kept
    assert not {"fr.res", "coll/ja.res", "brkitr/cjdict.dict", "ibm-1252_P100-2000.cnv",
                "translit/root.res", "lang/fr.res"} & kept
    assert sum(len(b) for n, b in items if trim_icu.wanted(n)) < len(data) / 5
