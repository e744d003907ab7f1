"""Which lessons to offer before an article (docs/tour-and-lessons.md).

The offer must not give the article's answers away, so it is never a pick from the
article: it is the start of the lessons the learner was never offered, in lesson order,
up to the last one on a red flag of the article, and at least :data:`OFFER_AT_LEAST`
while so many are left (credible articles included). ``Practice.lessons_to_offer``
reads the pack's lessons and what the learner was offered; ``Practice.lessons_offered``
notes an offer shown (``lesson-offered:<category>``), so it is never made twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: An offer names at least this many lessons (when so many are left), so that it does
#: not single out the red flags of the article it is shown above.
OFFER_AT_LEAST = 3


def offered_key(category: str) -> str:
    """The one-time event of a lesson offered (``Practice.has_seen``)."""
    return f"lesson-offered:{category}"


def lessons_to_offer(
    order: Sequence[str],
    article_categories: Iterable[str],
    offered: Iterable[str],
    at_least: int = OFFER_AT_LEAST,
) -> list[str]:
    """The lessons to offer before an article, in lesson order (empty: offer nothing).

    ``order``: the categories of the pack's lessons, in lesson order; ``offered``: those
    offered to the learner before. The lessons never offered, in lesson order, from the
    first up to the last one on a red flag of the article, so the learner meets each
    before the article; at least ``at_least`` of them while so many are left. The offer
    is always the start of the lessons still to come, never a pick from the article: it
    says neither that the article has red flags nor which ones.
    """
    offered = set(offered)
    new = [c for c in dict.fromkeys(order) if c not in offered]
    inside = set(article_categories)
    last = max((n for n, c in enumerate(new) if c in inside), default=-1)
    return new[: max(last + 1, at_least)]
