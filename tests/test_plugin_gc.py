"""The plugin pauses the cyclic garbage collector while the engine builds, and freezes what it
built until the next build starts (`plugin.long_lived`)."""

from __future__ import annotations

import gc
import weakref

import pytest
from mkdocs.config import load_config

from conftest import ROOT
from synoptic.plugin import long_lived


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()


@pytest.mark.parametrize("enabled", [True, False])
def test_collection_paused_inside_then_as_before_with_the_survivors_frozen(enabled, unfrozen):
    (gc.enable if enabled else gc.disable)()
    try:
        with long_lived():
            assert not gc.isenabled()
            kept = [[] for _ in range(100)]
        assert gc.isenabled() == enabled
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.enable()


def test_frozen_even_when_the_build_fails_and_unfrozen_when_the_next_starts(unfrozen):
    with pytest.raises(ValueError), long_lived():
        raise ValueError("a problem in the sources")
    assert gc.isenabled() and gc.get_freeze_count() > 0
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.plugins["synoptic"].on_config(config)
    assert gc.get_freeze_count() == 0


class Cycle:
    """Garbage as a build leaves it: an object that refers to itself (a Renderer does, as its
    templates' global `r`)."""

    def __init__(self) -> None:
        self.me = self


def test_serve_frees_the_last_builds_cycles_when_the_next_starts(unfrozen):
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["synoptic"]
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_config(config)
    with long_lived():
        plugin.renderer = Cycle()
        last = weakref.ref(plugin.renderer)
    plugin.on_config(config)  # the rebuild after an edit
    assert last() is None
