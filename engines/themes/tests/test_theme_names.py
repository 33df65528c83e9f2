"""Each theme's name is learnt as an example of it, so even an unlabelled theme can be found."""

import numpy as np

from engines.themes import Examples, train
from engines.themes.framework import Framework
from engines.themes.model import with_theme_names

FOOD_AND_STAFF = [
    ("The food was cold", (1, 0)),
    ("Lovely hot meals and drinks", (1, 0)),
    ("The food was tasty", (1, 0)),
    ("Meals were late and the food cold", (1, 0)),
    ("Good food, good drinks", (1, 0)),
    ("The nurse was kind", (0, 0)),
    ("Staff were rude", (0, 0)),
    ("Nothing to add", (0, 0)),
    ("The nurse listened to me", (0, 0)),
    ("Staff were very kind and caring", (0, 0)),
    ("Could not find a space in the car park for parking", (0, 0)),
    ("The car park was full", (0, 0)),
]


def examples() -> Examples:
    framework = Framework.from_columns("test", ["Food", "Parking"])
    texts = [text for text, _ in FOOD_AND_STAFF]
    labels = np.array([row for _, row in FOOD_AND_STAFF], dtype=np.int8)
    return Examples(framework, texts, labels, np.zeros(len(texts), dtype=np.int8))


def test_each_theme_name_is_added_as_an_example_of_that_theme_only_with_no_sentiment():
    original = examples()
    seeded = with_theme_names(original)
    assert seeded.texts == [*original.texts, "Food", "Parking"]
    assert seeded.labels[-2:].tolist() == [[1, 0], [0, 1]]
    assert seeded.labels[: len(original.texts)].tolist() == original.labels.tolist()
    assert seeded.sentiment[-2:].tolist() == [0, 0]


def test_a_theme_with_no_labelled_comment_is_found_from_its_name():
    model = train(examples(), min_examples=0, tune=False)
    predicted = model.predict(["Parking", "The food was cold"])
    assert predicted.labels.tolist() == [[0, 1], [1, 0]]


def test_the_model_remembers_only_the_labelled_comments_it_was_given():
    model = train(examples(), min_examples=0, tune=False)
    assert model.examples == len(FOOD_AND_STAFF)
