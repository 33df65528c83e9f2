"""The demographic questions, asked with a purpose and consent; every one optional.

Answers are special category data (UK GDPR art. 9). The questions and their answer
options are fixed in code so that quotas, population profiles and reports all speak
the same values; "Prefer not to say" is a value like any other, so people who choose
it can still be selected fairly.
"""

from dataclasses import dataclass

PREFER_NOT = "Prefer not to say"
CONSENT_VERSION = "2026-11"
PURPOSE = (
    "We ask these questions so the group reflects the people it serves, and to choose "
    "fairly when more people volunteer than there are places. Your answers are kept apart "
    "from your other details and only the programme managers can see them. Reports to "
    "anyone else show no group of fewer than 5 people. Every question is optional, and "
    "you can ask us to delete your answers at any time."
)


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    options: tuple[str, ...]
    hint: str = ""


QUESTIONS = (
    Question(
        "age_band",
        "How old are you?",
        ("16 to 24", "25 to 34", "35 to 44", "45 to 54", "55 to 64", "65 to 74", "75 or over"),
    ),
    Question("gender", "What is your gender?", ("Woman", "Man", "Non-binary", "Another gender")),
    Question(
        "ethnicity",
        "What is your ethnic group?",
        (
            "Asian or Asian British",
            "Black, Black British, Caribbean or African",
            "Mixed or multiple ethnic groups",
            "White",
            "Another ethnic group",
        ),
        hint="These are the Office for National Statistics' broad groups.",
    ),
    Question(
        "area",
        "Which area do you live in?",
        (),
        hint="The areas come from the programme's local population profile.",
    ),
    Question(
        "disability",
        "Do you consider yourself to have a disability?",
        ("Yes", "No"),
        hint="Under the Equality Act 2010.",
    ),
    Question(
        "carer",
        "Do you look after or support someone because of their health, disability or age?",
        ("Yes", "No"),
        hint="Unpaid care for family, friends or neighbours.",
    ),
    Question(
        "long_term_condition",
        "Do you have a long-term physical or mental health condition?",
        ("Yes", "No"),
    ),
)
BY_KEY = {question.key: question for question in QUESTIONS}
LABELS = {
    "age_band": "Age",
    "gender": "Gender",
    "ethnicity": "Ethnic group",
    "area": "Area",
    "disability": "Disability",
    "carer": "Carer",
    "long_term_condition": "Long-term condition",
}


def options_for(key: str, areas: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Return the answers a question allows, always ending with 'Prefer not to say'."""
    options = areas if key == "area" else BY_KEY[key].options
    return (*options, PREFER_NOT)
