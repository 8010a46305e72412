"""Spaced repetition driven by evidence, and readiness: pure functions, no I/O."""
