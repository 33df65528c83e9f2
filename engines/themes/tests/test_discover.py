"""Themes are found with no framework, and a person can merge, split and rename them."""

import pytest

from engines.themes import ThemesError, discover, merge, model_from_groups, rename, split

PARKING = [f"The car park was full and parking cost {n} pounds" for n in range(2, 14)]
FOOD = [f"The food was cold and the meals came {n} minutes late" for n in range(2, 14)]
NURSES = [f"The nurses were kind and caring on ward {n}" for n in range(2, 14)]
COMMENTS = PARKING + FOOD + NURSES


@pytest.fixture(scope="module")
def groups():
    return discover(COMMENTS, groups=3)


def _topic(group):
    return {("parking" in t) * 1 + ("food" in t) * 2 + ("nurses" in t) * 3 for t in group.texts}


def test_comments_on_one_topic_are_grouped_together(groups):
    assert len(groups) == 3
    assert sorted(len(_topic(g)) for g in groups) == [1, 1, 1]
    assert sorted(g.size for g in groups) == [12, 12, 12]


def test_groups_are_named_by_key_phrases_and_quoted_from_their_own_comments(groups):
    for group in groups:
        assert group.phrases and group.name
        assert set(group.quotes) <= set(group.texts)
    parking = next(g for g in groups if any("parking" in t for t in g.texts))
    assert any("park" in phrase for phrase in parking.phrases)


def test_identical_comments_are_grouped_once_and_counted(groups):
    found = discover([*COMMENTS, PARKING[0], PARKING[0].upper()], groups=3)
    parking = next(g for g in found if PARKING[0] in g.texts)
    assert len(parking.texts) == 12 and parking.size == 14


def test_merging_two_groups_keeps_every_comment(groups):
    merged = merge(groups, 0, 2, name="Everything else")
    assert len(merged) == 2
    assert merged[0].name == "Everything else"
    assert sum(g.size for g in merged) == 36
    assert groups[1] in merged


def test_splitting_a_group_divides_its_comments(groups):
    mixed = merge(groups, 0, 1)[0]
    parts = split(mixed, 2)
    assert len(parts) == 2
    assert sorted(len(_topic(p)) for p in parts) == [1, 1]
    assert sum(p.size for p in parts) == mixed.size


def test_renaming_changes_only_that_group(groups):
    renamed = rename(groups, 1, "Nursing care")
    assert renamed[1].name == "Nursing care"
    assert renamed[0] == groups[0] and renamed[2] == groups[2]


def test_a_group_number_out_of_range_is_explained(groups):
    with pytest.raises(ThemesError, match="numbered 0 to 2"):
        merge(groups, 0, 7)
    with pytest.raises(ThemesError, match="split into 2 to"):
        split(groups[0], 40)


def test_the_rest_are_sorted_into_the_agreed_themes(groups):
    agreed = groups
    for i, group in enumerate(groups):
        topic = _topic(group).pop()
        agreed = rename(agreed, i, {1: "Parking", 2: "Food", 3: "Nursing"}[topic])
    model = model_from_groups(agreed)
    predicted = model.predict(["No parking spaces in the car park", "The food was cold again"])
    themes = model.framework.themes
    assert predicted.labels[0, themes.index("Parking")] == 1
    assert predicted.labels[1, themes.index("Food")] == 1
    assert predicted.labels[1, themes.index("Parking")] == 0


def test_too_few_comments_to_group_is_explained():
    with pytest.raises(ThemesError, match="at least two different"):
        discover(["Only one", "only  one"])
