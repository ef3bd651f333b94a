"""Loaded by every Python process the tests start (PYTHONPATH): network sockets are refused.

Unix-domain sockets (local IPC) stay allowed; any attempt to reach a network address
raises, so a test fails loudly if the app ever tries to go online.
"""

import socket

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlocked(OSError):
    pass


def _guard(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise NetworkBlocked(f"Briefing tried to open a network connection to {address!r}")


def _connect(self, address):
    _guard(self, address)
    return _real_connect(self, address)


def _connect_ex(self, address):
    _guard(self, address)
    return _real_connect_ex(self, address)


socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex
