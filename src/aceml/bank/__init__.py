"""The question bank: taxonomy, content models, loader, validator and keyword search.

The bank is pure domain code: it reads content files and returns validated models, and
never touches the database, the web or processes.
"""
