"""newsdigest: clip news pages, find who said what, publish an annotated digest.

The pipeline, one module per stage: capture (models.Capture) -> extract -> annotate -> store -> publish.
"""

__version__ = "0.1.0"
