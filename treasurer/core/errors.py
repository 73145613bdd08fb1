"""The exceptions of Treasurer, and what each means for the person using it.

``UserError`` carries a full sentence meant for the treasurer; anything that is not
a ``TreasurerError`` is a bug.
"""

from __future__ import annotations


class TreasurerError(Exception):
    """Base of every error Treasurer raises on purpose."""

    def __reduce__(self) -> tuple[object, ...]:
        # pickled whole (an import's worker process sends its errors back), whatever
        # arguments the subclass's __init__ takes
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(
    cls: type[TreasurerError], args: tuple[object, ...], state: dict[str, object]
) -> TreasurerError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class UserError(TreasurerError):
    """Something the user asked for cannot be done; the message says why and what to do."""


class ParseError(UserError):
    """A value typed or read from a file could not be understood.

    Attributes:
        value: the text as it was given.
        reason: why it was refused, as a sentence fragment.
    """

    def __init__(self, what: str, value: str, reason: str) -> None:
        self.what = what
        self.value = value
        self.reason = reason
        super().__init__(f"{what} {value!r}: {reason}")


class CurrencyMismatchError(UserError):
    """Two amounts in different currencies were added or compared."""
