"""The exceptions of Treasurer, and the messages they carry for the person using it.

A message is a ``Message``: an English template and the values to put in it. The
template is the message's identity in every language: the CLI and the logs print the
English, the window looks the template up in its catalog (Qt's, built from the
``.ts`` sources that ``pyside6-lupdate`` collects from these calls) and fills in the
translation. So a template is always a literal string, never an f-string, and a
value that is itself words for the person is a ``Message`` too.

``UserError`` carries a full sentence meant for the treasurer; anything that is not
a ``TreasurerError`` is a bug.
"""

from __future__ import annotations

from collections.abc import Callable

#: How a template becomes the words of the person's language (identity: English).
Translate = Callable[[str], str]


def _english(template: str) -> str:
    return template


class Message:
    """Words for the person: ``template`` with ``{name}`` placeholders (``{name!r}``
    quotes a value as Python does) and the ``values`` that fill them.

    A template without values is shown as it is (its braces are not placeholders).
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def render(self, translate: Translate = _english) -> str:
        """The message in the language of ``translate``; a translation that does not
        fit its values falls back to the English, so the message is never lost."""
        text = translate(self.template)
        if not self.values:
            return text
        values = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.values.items()
        }
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.template, self.values) == (other.template, other.values)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.template)


class TreasurerError(Exception):
    """Base of every error Treasurer raises on purpose.

    Raised as ``TreasurerError("there is no donor with id {id}", id=7)``, or with a
    ``Message`` made beforehand; ``message`` keeps it for the window to translate and
    ``str()`` gives the English.
    """

    def __init__(self, message: str | Message = "", /, **values: object) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **values)
        super().__init__(self.message.render())

    def render(self, translate: Translate = _english) -> str:
        return self.message.render(translate)

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
        what: which value, as a literal word ("amount", "date") the catalogs translate.
        value: the text as it was given.
        reason: why it was refused, as a sentence fragment ("is empty").
    """

    def __init__(self, what: str, value: str, reason: Message) -> None:
        self.what = what
        self.value = value
        self.reason = reason
        super().__init__(
            Message("{what} {value!r}: {reason}", what=Message(what), value=value, reason=reason)
        )


class CurrencyMismatchError(UserError):
    """Two amounts in different currencies were added or compared."""
