"""Imported by the fork server that starts each clip's child process (sandbox.py): what extraction and
annotation load on first use (their lexicons, the dictionary, the check-worthiness weights) is loaded
here once, before the forks, instead of again in every child, which a clip's user waits for."""

from __future__ import annotations

from .annotate import annotate
from .annotate.tokens import is_dictionary_word
from .extract import extract
from .models import Capture

_PAGE = ("<html><head><title>Harbor news | Fenwick Courier</title><meta name='author' content='Tim Lee'></head>"
         "<body><article><h1>Harbor news</h1><p>By Tim Lee</p><p>“The ferry will run all winter,” said Ada Quist, "
         "the mayor of Fenwick. Officials said on Monday that fares would rise by a fifth, according to a report.</p>"
         "<figure><img src='a.jpg'><figcaption>The ferry.</figcaption></figure><ul><li>Share</li></ul>"
         "<p>Record the tide each morning. She told reporters the boats might be late.</p></article></body></html>")


def warm_up() -> None:
    """Read a small page through extraction and annotation, and load the dictionary. Never raises: the
    fork server imports this module, and stops (taking every clip with it) on any error but an
    ImportError; a child that starts cold still works."""
    try:
        annotate(extract(Capture(url="https://warm-up.invalid/harbor", html=_PAGE)))
        is_dictionary_word("harbor")
    except Exception:  # (see above)
        pass


warm_up()
