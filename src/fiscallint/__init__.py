"""fiscallint: a consistency linter for Chinese public-sector fiscal reports."""

__version__ = "0.1.0"
