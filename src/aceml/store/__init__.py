"""Persistence: SQLAlchemy tables, repositories and Alembic migrations.

Repositories add and query; they never commit. The service layer owns each transaction.
"""
