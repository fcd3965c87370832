"""Name parsing and match keys, on hand-made forms and on real input (seed profile, ACL Anthology BibTeX)."""

from __future__ import annotations

import gzip

import pytest

from kg.extract.names import (
    clean,
    compatible,
    display_name,
    match_key,
    parse_last_first,
    parse_plain_name,
)
from kg.model import AuthorName
from kg.sources.bibtex import parse_names
from kg.sources.profile import read_profile

from conftest import PROFILE, SHARED_DATA

ACL = SHARED_DATA / "acl-anthology" / "anthology+abstracts.bib.gz"


def acl_author_fields(limit: int) -> list[str]:
    """The raw ``author = "…"`` values (continuation lines joined) of the first ``limit`` ACL entries."""
    fields: list[str] = []
    current: list[str] | None = None
    with gzip.open(ACL, "rt", encoding="utf-8") as handle:
        for line in handle:
            stripped = line.strip()
            if current is None and stripped.startswith('author = "'):
                current = [stripped[len('author = "'):]]
            elif current is not None:
                current.append(stripped)
            if current is not None and current[-1].endswith('",'):
                fields.append(" ".join(current)[:-2])
                current = None
                if len(fields) == limit:
                    break
    return fields


@pytest.mark.parametrize(
    ("text", "given", "von", "family", "suffix"),
    [
        ("Feng, Hao", "Hao", "", "Feng", ""),
        ("van Noord, Gertjan", "Gertjan", "van", "Noord", ""),
        ("Graham, Jr., George J.", "George J.", "", "Graham", "Jr."),
        ('M{\\"u}ller, R.', "R.", "", "Müller", ""),
        ("{\\L}ukasz, Kaiser", "Kaiser", "", "Łukasz", ""),
        ("S{\\'{e}}bastien, Bubeck", "Bubeck", "", "Sébastien", ""),
        ("Chu, Ching-Hsiang", "Ching-Hsiang", "", "Chu", ""),
        ("Villemonte de la Clergerie, Éric", "Éric", "", "Villemonte de la Clergerie", ""),
    ],
)
def test_last_first_forms_parse_to_parts(text, given, von, family, suffix):
    name = parse_last_first(text)
    assert (name.given, name.von, name.family, name.suffix) == (given, von, family, suffix)


@pytest.mark.parametrize(
    ("text", "given", "von", "family", "suffix"),
    [
        ("Hao Feng", "Hao", "", "Feng", ""),
        ("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", ""),
        ("Tim Van de Cruys", "Tim", "Van de", "Cruys", ""),
        ("Erik-Jan van der Linden", "Erik-Jan", "van der", "Linden", ""),
        ("Martin Luther King, Jr.", "Martin Luther", "", "King", "Jr."),
        ("J. R. R. Tolkien", "J. R. R.", "", "Tolkien", ""),
        ("JRR Tolkien", "JRR", "", "Tolkien", ""),
        ("{\\L}ukasz Kaiser", "Łukasz", "", "Kaiser", ""),
        ("Aristotle", "", "", "Aristotle", ""),
    ],
)
def test_plain_forms_parse_to_parts(text, given, von, family, suffix):
    name = parse_plain_name(text)
    assert (name.given, name.von, name.family, name.suffix) == (given, von, family, suffix)


def test_nfc_and_latex_cleanup():
    assert clean("Mu\u0308ller") == "Müller" == clean('M{\\"u}ller')
    assert clean("50% of {\\'E}ric") == "50% of Éric"
    assert clean("Plain Name") == "Plain Name"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('M{\\"u}ller, R.', "R. Müller"),
        ("Müller, Rafael", "Rafael Muller"),  # accents fold
        ("Tolkien, J. R. R.", "JRR Tolkien"),
        ("Tolkien, J.R.R.", "J. R. R. Tolkien"),
        ("Dupont, Jean-Pierre", "Jean Pierre Dupont"),
        ("Dupont, J.-P.", "J. P. Dupont"),
        ("van Noord, Gertjan", "Gertjan Van Noord"),
        ("Van de Cruys, Tim", "Tim Van De Cruys"),
        ("FENG, HAO", "Hao Feng"),
    ],
)
def test_variants_share_a_key(a, b):
    assert match_key(parse_last_first(a)) == match_key(parse_plain_name(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tao, Dandan", "Tao, Dingwen"),  # shared surname, different people
        ("Liu, Hao", "Liu, Qi"),
        ("Müller, R.", "Müller, Rafael"),  # an initial is not a name: only evidence joins them
        ("Graham, Jr., George J.", "Graham, George J."),  # father and son
        ("Feng, Hao", "Hao, Feng"),  # order matters: no silent swapping
    ],
)
def test_different_names_do_not_share_a_key(a, b):
    assert match_key(parse_last_first(a)) != match_key(parse_last_first(b))


def test_compatibility_is_directional_and_needs_a_given_name():
    assert compatible(parse_plain_name("R. Müller"), parse_plain_name("Rafael Müller"))
    assert not compatible(parse_plain_name("Rafael Müller"), parse_plain_name("R. Müller"))
    assert not compatible(parse_plain_name("Müller"), parse_plain_name("Rafael Müller"))
    assert compatible(parse_plain_name("C.-H. Chu"), parse_plain_name("Ching-Hsiang Chu"))
    assert not compatible(parse_plain_name("Dandan Tao"), parse_plain_name("Dingwen Tao"))


def test_bibtex_reader_names_fold_like_written_variants():
    """The BibTeX reader splits names itself; its AuthorNames must key like our own parses."""
    muller, = parse_names('M{\\"u}ller, R.')
    assert match_key(muller) == match_key(parse_plain_name("R. Müller"))
    noord, cruys, graham = parse_names("van Noord, Gertjan and Van de Cruys, Tim and Graham, Jr., George J.")
    assert match_key(noord) == match_key(parse_last_first("van Noord, Gertjan")) == "vannoord|gertjan|"
    assert match_key(cruys) == match_key(parse_plain_name("Tim Van de Cruys"))
    assert match_key(graham) == "graham|george j|jr"
    assert display_name(graham) == "George J. Graham, Jr."


def test_seed_profile_names_key_like_last_first_parse():
    batch = read_profile(PROFILE)
    names = [a for paper in batch.papers for a in paper.authors]
    assert len(names) == 110
    for name in names:
        assert match_key(name) == match_key(parse_last_first(name.raw)), name.raw
    keys = {match_key(n) for n in names}
    assert "tao|dandan|" in keys and "tao|dingwen|" in keys
    assert sum(match_key(n) == "feng|hao|" for n in names) == 10


def test_acl_names_round_trip_through_display():
    """On 3,000 real ACL author lists: display name re-parsed as a plain name keeps its key.

    Multi-word surnames without a particle (``Pereira Lopes, José Gabriel``) are
    left out: written ``First Last`` they are ambiguous for any parser.
    """
    names = [name for field in acl_author_fields(3000) for name in parse_names(field)]
    assert len(names) > 6000
    names = [n for n in names if len(n.family.split()) == 1]
    failures = [n for n in names if match_key(parse_plain_name(display_name(n))) != match_key(n)]
    assert len(failures) / len(names) < 0.005, failures[:10]
    assert all(match_key(n).split("|")[0] for n in names)


def test_suffix_written_into_the_family_name():
    assert match_key(parse_last_first("Nyberg 3rd, Eric H.")) == match_key(parse_last_first("Nyberg, III, Eric H."))
    assert match_key(parse_plain_name("Louis des Tombe")) == match_key(parse_last_first("des Tombe, Louis"))


def test_empty_and_odd_names_do_not_crash():
    assert match_key(AuthorName("")) == "||"
    assert display_name(AuthorName("SRA International")) == "SRA International"
    assert parse_plain_name("A.Görög").family == "Görög"
