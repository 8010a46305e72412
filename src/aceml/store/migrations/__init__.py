"""Alembic migrations of the aceml schema (run through ``aceml.store.database.migrate``)."""
