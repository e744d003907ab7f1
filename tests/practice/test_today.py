"""Today's practice while it is worked through, through Practice (docs/practice.md).

What a learner relies on: the set started stays as it was chosen while they work through
it, each article says whether it is done and which is next, Next article follows it, it
is still there after a restart the same day, and a new day brings a new set.
"""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import START, answer_all_but, make_source

from spotit.content.source import read_pack_source
from spotit.practice import Practice
from spotit.practice.plan import PlanItem, PracticeSet
from spotit.practice.today import DONE, NEXT, SETTING, TO_DO
from spotit.store.pack import build_pack, open_pack


def restarted(learner: Practice, packs=None) -> Practice:
    """The same learner in a new session on the same progress database."""
    return Practice(
        learner.progress,
        learner.learner,
        learner.packs if packs is None else packs,
        clock=learner.clock,
    )


def states(running) -> list[str]:
    return [i.state for i in running.items]


def test_no_set_runs_until_one_is_started_and_next_article_keeps_the_library_order(learner):
    assert learner.running_set() is None
    first = learner.library()[0]
    assert learner.todays_practice().items[0].key != first.key  # the set starts elsewhere
    assert learner.next_article().key == first.key


def test_a_started_set_is_the_one_chosen_with_its_first_article_next(learner, clock):
    chosen = learner.todays_practice().items
    running = learner.start_todays_practice()
    assert list(running.chosen) == chosen
    assert [i.item for i in running.items] == chosen
    assert [i.number for i in running.items] == [1, 2, 3, 4, 5]
    assert states(running) == [NEXT, TO_DO, TO_DO, TO_DO, TO_DO]
    assert running.started == clock.now and not running.finished and running.done == 0
    assert running.next.key == chosen[0].key
    assert learner.next_article().key == chosen[0].key
    # Asking again goes on with it; it does not start over.
    assert learner.start_todays_practice() == running


def test_an_article_done_is_marked_and_next_article_follows_the_set(learner, clock):
    chosen = learner.start_todays_practice().chosen
    clock.now += timedelta(minutes=10)
    answer_all_but(learner, chosen[0].article_id)
    running = learner.running_set()
    assert states(running) == [DONE, NEXT, TO_DO, TO_DO, TO_DO] and running.done == 1
    # The set stays as chosen, though a fresh choice now would leave the article out.
    assert chosen[0] not in learner.todays_practice().items
    assert learner.next_article().key == chosen[1].key
    # Whatever the library's filters show: the set was chosen for the learner.
    others = [e for e in learner.library() if e.key != chosen[1].key]
    assert learner.next_article(others).key == chosen[1].key
    # Done out of order: the first not done is next.
    answer_all_but(learner, chosen[3].article_id)
    assert states(learner.running_set()) == [DONE, NEXT, TO_DO, DONE, TO_DO]


def test_a_restart_the_same_day_goes_on_with_the_same_set(learner, clock):
    chosen = learner.start_todays_practice().chosen
    for item in chosen[:2]:
        answer_all_but(learner, item.article_id)
    clock.now += timedelta(hours=3)  # closed the app at lunch, back in the afternoon
    again = restarted(learner)
    running = again.running_set()
    assert running.chosen == chosen
    assert states(running) == [DONE, DONE, NEXT, TO_DO, TO_DO]
    assert again.next_article().key == chosen[2].key
    assert again.start_todays_practice() == running
    # Another learner on the same database has no set running.
    bo = Practice(learner.progress, learner.progress.add_learner("Bo"), learner.packs, clock=clock)
    assert bo.running_set() is None


def test_a_set_done_is_finished_and_another_is_chosen_afresh(learner):
    chosen = learner.start_todays_practice().chosen
    for item in chosen:
        answer_all_but(learner, item.article_id)
    running = learner.running_set()
    assert running.finished and running.next is None and running.done == 5
    assert restarted(learner).running_set().finished  # still done after a restart
    # Next article goes back to the library's own rule.
    first_not_done = next(e for e in learner.library() if e.status != "Done")
    assert learner.next_article().key == first_not_done.key
    # Starting again chooses a new set, now: none of the articles just done is in it.
    another = learner.start_todays_practice()
    assert not another.finished and states(another)[0] == NEXT
    assert not {i.key for i in another.chosen} & {i.key for i in chosen}


def test_the_next_day_brings_a_new_set(learner, clock):
    chosen = learner.start_todays_practice().chosen
    answer_all_but(learner, chosen[0].article_id)
    clock.days(1)
    assert learner.running_set() is None
    assert restarted(learner).running_set() is None
    assert learner.next_article().key == learner.library()[0].key  # the library's order
    today = learner.start_todays_practice()
    assert today.started == clock.now and states(today)[0] == NEXT
    assert today.chosen[0] != chosen[0]


def test_an_article_done_before_the_set_started_is_still_to_do(learner, clock):
    first = learner.todays_practice().items[0]
    answer_all_but(learner, first.article_id)
    clock.now += timedelta(hours=1)
    shown = PracticeSet([first, *learner.todays_practice().items[:2]])
    running = learner.start_todays_practice(shown)
    assert running.chosen == tuple(shown.items)  # the set the learner was shown
    assert states(running) == [NEXT, TO_DO, TO_DO]


def test_an_article_whose_pack_is_not_open_is_skipped(learner, tmp_path):
    demo_path = build_pack(read_pack_source(make_source(tmp_path / "src")), tmp_path / "d.spotit")
    starter_items = learner.todays_practice().items[:2]
    with open_pack(demo_path) as demo:
        both = restarted(learner, {**learner.packs, "demo": demo})
        shown = PracticeSet(
            [starter_items[0], PlanItem("demo", "rocket", "new: x"), starter_items[1]]
        )
        both.start_todays_practice(shown)
        assert [i.number for i in both.running_set().items] == [1, 2, 3]
    # Next session, without the demo pack: its article is left out, the others keep
    # their places in the set.
    running = learner.running_set()
    assert len(running.chosen) == 3
    assert [(i.number, i.key) for i in running.items] == [
        (1, starter_items[0].key),
        (3, starter_items[1].key),
    ]
    answer_all_but(learner, starter_items[0].article_id)
    answer_all_but(learner, starter_items[1].article_id)
    assert learner.running_set().finished  # every article that can be practised is done
    # With no pack open, nothing of it can be practised, and nothing is finished.
    empty = restarted(learner, {})
    assert empty.running_set().items == () and empty.next_article() is None


def test_the_set_size_changes_a_finished_set_but_not_a_running_one(learner):
    chosen = learner.start_todays_practice().chosen
    learner.practice_size = 3
    assert learner.running_set().chosen == chosen  # being worked through: kept
    for item in chosen:
        answer_all_but(learner, item.article_id)
    learner.practice_size = 4
    assert learner.running_set() is None  # done: put away, the next one has 4
    assert len(learner.start_todays_practice().chosen) == 4


def test_a_set_that_cannot_be_read_is_no_set(learner):
    learner.progress.set_setting(learner.learner.id, SETTING, "{not json")
    assert learner.running_set() is None
    assert learner.start_todays_practice().next is not None


def test_the_day_is_the_learners_local_day(learner, clock):
    from spotit.practice.today import local_day

    learner.start_todays_practice()
    # Just before the local midnight the set is today's; just after, it is gone.
    midnight = (clock.now.astimezone() + timedelta(days=1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    clock.now = midnight - timedelta(seconds=1)
    assert learner.running_set() is not None
    clock.now = midnight
    assert local_day(clock.now) != local_day(START) and learner.running_set() is None
