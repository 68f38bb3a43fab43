"""Management commands answer bad input with one line on stderr and exit status 2."""

import sys

from django.core.management.base import BaseCommand, CommandError


class StrictCommand(BaseCommand):
    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def one_line_error(message):
            if parser.called_from_command_line:
                # argparse would print the usage too; one line says what is wrong.
                sys.stderr.write(f"{subcommand}: error: {message}\n")
                sys.exit(2)
            raise CommandError(message, returncode=2)

        parser.error = one_line_error
        return parser

    def fail(self, message: str):
        raise CommandError(message, returncode=2)
