"""The ``aceml`` command line: thin Typer adapters over the services."""
