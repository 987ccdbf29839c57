"""The plugin's options in `mkdocs.yml`."""

from mkdocs.config import base
from mkdocs.config import config_options as c


class SynopticConfig(base.Config):
    #: Folder holding `essays/` (and, later, themes and annotations), relative to mkdocs.yml.
    sources = c.Type(str, default="sources")
