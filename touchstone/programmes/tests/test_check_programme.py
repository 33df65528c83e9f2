"""check_programme prints the findings and says by its exit status whether any must be fixed."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from touchstone.core.tests import factories
from touchstone.people.categories import checklist


def run(*args) -> tuple[int, str, str]:
    """Run the command and return its exit status, output and error output."""
    out, err = StringIO(), StringIO()
    try:
        call_command("check_programme", *args, stdout=out, stderr=err)
    except SystemExit as exit_:
        return exit_.code, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


@pytest.fixture
def sound_programme(programme):
    """A programme whose only findings are warnings: one organisation of each kind but one."""
    for n, category in enumerate(list(checklist())[1:]):
        factories.EngagementFactory(
            programme=programme,
            organisation=factories.OrganisationFactory(name=f"Org {n}", category=category),
        )
    return programme


def test_programme_without_blocking_findings_exits_zero_and_lists_warnings(sound_programme):
    status, out, err = run("healthier-together")
    assert status == 0
    assert out.splitlines() == [
        "warning\tcategory_not_engaged\tNo organisation from 'GP practices' is engaged yet."
    ]
    assert "1 finding, 0 of which must be fixed" in err


def test_working_group_without_lay_pair_makes_the_command_exit_one(sound_programme):
    factories.GroupFactory(
        programme=sound_programme, name="Informatics working group", kind="working_group"
    )
    status, out, _ = run("healthier-together")
    assert status == 1
    first = out.splitlines()[0]
    assert first.startswith("blocking\tno_lay_pair\tInformatics working group has no lay pair")


def test_unknown_slug_exits_two_with_a_reason(db):
    with pytest.raises(CommandError) as error:
        run("no-such-programme")
    assert error.value.returncode == 2
    assert str(error.value) == "There is no programme with the slug 'no-such-programme'."


def test_json_format_gives_every_finding_with_its_action(sound_programme):
    factories.GroupFactory(
        programme=sound_programme, name="Core design team", kind="core_design_team"
    )
    status, out, _ = run("healthier-together", "--format", "json")
    report = json.loads(out)
    assert status == 1
    assert report["programme"] == "healthier-together"
    assert report["blocking"] is True
    codes = [f["code"] for f in report["findings"]]
    assert codes[0] == "no_lay_partner"
    assert "category_not_engaged" in codes
    assert all(f["action"] for f in report["findings"])
