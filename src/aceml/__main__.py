"""Allow ``python -m aceml``."""

from aceml.cli.app import main

main()
