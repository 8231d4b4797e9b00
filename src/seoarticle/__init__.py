"""seoarticle: turn a raw French news text into a search-engine-ready article."""

__version__ = "0.1.0"


def rewrite(text, options=None):
    """Rewrite a French news text; see `seoarticle.api.rewrite`."""
    from .api import rewrite as _rewrite

    return _rewrite(text, options)


__all__ = ["rewrite", "__version__"]
