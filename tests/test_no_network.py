"""The app never touches the network; the tests prove they would notice if it did."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest


def test_network_connections_fail_in_the_test_process():
    with pytest.raises(OSError, match="tried to open a network connection"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_network_connections_fail_in_processes_the_tests_start():
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0 and "tried to open a network connection" in result.stderr


def test_the_package_imports_no_networking_library():
    code = ("import sys, briefing.app, briefing.cli, briefing.gui.launch;"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('http', 'urllib3', 'requests', 'ftplib', 'smtplib') or "
            "m.startswith('PySide6.QtNetwork'));"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_whole_cli_session_runs_with_the_network_blocked(tmp_path):
    from tests.test_cli import briefing

    doc = tmp_path / "n.briefing"
    briefing("new", "-o", str(doc), "--template", "key-messages", "--title", "Offline")
    briefing("add", str(doc), "--section", "key_messages", "dn-waic-06")
    briefing("export", str(doc), "-o", str(tmp_path / "n.docx"))
    briefing("export", str(doc), "-o", str(tmp_path / "n.pdf"))
