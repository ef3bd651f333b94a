"""The export fixtures, shared with the reliability tests."""

from tests.export.conftest import CLAIMS, briefing, context, exporter  # noqa: F401
