"""Synoptic: align essays paragraph by paragraph and publish them side by side."""
