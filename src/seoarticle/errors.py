"""Errors the CLI turns into a one-line message and exit code 2."""


class InputError(Exception):
    """Bad input or usage: the message says what is wrong and what to do."""
