"""A study arm may offer the investigation pane (``investigate``), and only a flag arm."""

from __future__ import annotations

import pytest
from tests.conftest import study_toml

from spotit.practice.studyfile import StudyFileError, study_from_text

WITH_AND_WITHOUT = (
    '[[arms]]\nid = "lateral"\nname = "Flag and investigate"\npractice = "flag"\n'
    "investigate = true\n\n"
    '[[arms]]\nid = "flag-only"\nname = "Flag only"\npractice = "flag"\n'
)


def test_an_arm_investigates_only_when_the_study_says_so():
    study = study_from_text(study_toml(arms=WITH_AND_WITHOUT))
    assert [(a.id, a.investigate) for a in study.arms] == [
        ("lateral", True),
        ("flag-only", False),
    ]


@pytest.mark.parametrize(
    ("arms", "message"),
    [
        (
            WITH_AND_WITHOUT.replace("investigate = true", 'investigate = "yes"'),
            "arm lateral.investigate: must be true or false",
        ),
        (
            WITH_AND_WITHOUT.replace(
                'practice = "flag"\ninvestigate', 'practice = "read"\ninvestigate'
            ),
            'arm lateral.investigate: is for a "flag" arm: a reading arm has no investigation pane',
        ),
    ],
)
def test_a_wrong_investigate_is_one_problem_with_its_line(arms, message):
    with pytest.raises(StudyFileError) as caught:
        study_from_text(study_toml(arms=arms))
    text = str(caught.value)
    assert message in text
    # The line of the key: 13 lines of header and schedule, then the arm's fifth line.
    assert text.startswith("study.toml:18: ")
