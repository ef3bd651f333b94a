"""Benchmarks for Briefing: every figure next to its floor or peer.

    .venv/bin/python -m benchmarks run [--quick] [--sizes 10000,100000,1000000]

writes docs/performance.md (see benchmarks/__main__.py).
"""
