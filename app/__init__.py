"""Casefile's domain model, services and command line. Never imports Qt."""

__version__ = "0.1.0"
