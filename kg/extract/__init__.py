"""Methods, datasets and code links found in titles and abstracts (issue 3).

Public API, called by the rest of the pipeline:

- :func:`extract_mentions` — :class:`~kg.model.Mention` s of named methods and datasets;
- :func:`find_code_links` — code-repository URLs;
- :func:`variant_base` — the name a versioned name ("SAM 2") is a variant of;
- :func:`entity_slug` — a stable ASCII slug for IRIs;
- :func:`kg.extract.evaluate.evaluate` — precision / recall against a labelled set.

Nothing is loaded at import time; the gazetteers load on first use (see
:func:`kg.extract.gazetteer.load_gazetteer`).

Examples
--------
>>> [m.canonical for m in extract_mentions("LG-MOT: tracking", "We evaluate on MOT17 and DanceTrack.")]
['LG-MOT', 'MOT17', 'DanceTrack']
"""

from kg.extract.canonical import entity_slug, variant_base
from kg.extract.code_links import find_code_links
from kg.extract.decide import extract_mentions

__all__ = ["entity_slug", "extract_mentions", "find_code_links", "variant_base"]
