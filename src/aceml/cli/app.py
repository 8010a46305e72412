"""The root ``aceml`` command. Sub-commands live in one module per group.

Only Typer is imported at start-up; every command imports what it needs when it runs, so
``aceml --help`` stays fast.
"""

from __future__ import annotations

import typer

from aceml.cli import bank, bench, content, doctor, exchange, grade, judge, mock, practice, serve

app = typer.Typer(
    name="aceml",
    help="Practise machine-learning job interviews offline: questions, feedback, coding, mock loops.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(content.app, name="content")
app.add_typer(bench.app, name="bench")
app.add_typer(mock.app, name="mock")
bank.register(app)
doctor.register(app)
judge.register(app)
grade.register(app)
practice.register(app)
exchange.register(app)
serve.register(app)


def main() -> None:
    """Run the command line (the ``aceml`` console script)."""
    app()
