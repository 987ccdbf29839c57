"""The plugin's options in `mkdocs.yml`."""

from mkdocs.config import base
from mkdocs.config import config_options as c


class SynopticConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Set to false to build the site without the essays, themes and comparisons (the
    hand-written pages alone), e.g. to work on them quickly."""

    sources = c.Dir(exists=True, default="sources")
    """Folder holding `essays/`, `themes.yml` and `annotations/`, relative to mkdocs.yml; the
    build stops with the path if it does not exist."""
