"""Template names normalised as MediaWiki normalises them."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from infobox import names


def _by_regex(name: str) -> str:
    """normalize_title's way with every regex applied: the shortcuts' oracle."""
    name = names._SPACES.sub(" ", names._COMMENT.sub("", name)).strip()
    name = names._NAMESPACE.sub("", name)
    return name[:1].upper() + name[1:]


@given(
    st.lists(
        st.sampled_from(
            [
                *("Template:", "template :", "Infobox", "infobox", "_", " ", "  ", "\t"),
                *("\n", "<!--", "-->", "x", "\u00a0", "\u2028", "Город", ":", "Tem"),
            ]
        ),
        max_size=10,
    ).map("".join)
)
@example("  infobox_settlement <!-- x --> ")
def test_normalize_title_is_the_regex_chain(name: str) -> None:
    """Skipping a regex that cannot change the name changes no name."""
    assert names.normalize_title(name) == _by_regex(name)
