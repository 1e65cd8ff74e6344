"""Publishing: the stored articles -> a static site and a Markdown digest.

`build_site(conn, options)` is the stage's front door. Like Pelican, the parts are kept apart: a
reader (`collect`: store -> views), generators (`site`: which pages, from which template and data),
a writer (`writer`: incremental, atomic) and themes (`site_templates/`, overridable).
"""

from .site import BuildOptions, BuildResult, build_site
from .writer import BuildError

__all__ = ["BuildError", "BuildOptions", "BuildResult", "build_site"]
