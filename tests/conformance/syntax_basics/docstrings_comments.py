#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring: the first statement of the module.

It spans several lines.
"""
# A comment line.   Another comment on purpose: x = 1 does nothing here
import sys  # trailing comment after an import


def documented():
    """Function docstring."""  # comment after a docstring
    return documented.__doc__


class Documented:
    """Class docstring."""

    def method(self):
        '''Method docstring with 'single' quotes.'''

    attr = 1  # class attribute with a comment


def not_a_docstring():
    x = 1
    """This string is just an expression statement."""
    return x


print(__doc__.splitlines()[0], len(__doc__.splitlines()))
print(documented(), Documented.__doc__, Documented.method.__doc__, not_a_docstring.__doc__)
print(Documented().method(), not_a_docstring())
r"""A raw string statement \n at module level is not the docstring."""
print(__doc__.startswith("Module"))
def f_string_doc():
    f"""f-strings are never docstrings {1}"""
print(f_string_doc.__doc__)
def bytes_doc():
    b"""bytes are never docstrings"""
print(bytes_doc.__doc__)
print(sys.argv[0].endswith("docstrings_comments.py"))  # the end
