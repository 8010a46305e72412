"""aceml: offline-first practice for machine-learning job interviews."""

__version__ = "0.1.0"
