"""What a new programme starts with, taken from the seeds; every list can be edited."""

DEFAULT_MODULES = (
    "Population and outcomes",
    "GP networks",
    "Provider networks",
    "Commissioning, governance and finance",
    "Informatics",
)

DEFAULT_STEPS = (
    "Come together to co-design",
    "Choose the population group and understand their needs",
    "Agree the outcomes that matter to people",
    "Design the new model of care",
    "Agree how money and contracts will work",
    "Plan how to put it into practice",
)

# Lay partners every group of this kind needs at the least, unless set otherwise.
# The lay groups need only one: their size checks already say when they are too
# small, and a second, blocking finding about the same shortfall would mislead.
DEFAULT_MIN_LAY = {
    "core_design_team": 2,
    "working_group": 2,
    "lay_advisory_group": 1,
    "lay_forum": 1,
    "oversight_group": 2,
    "other": 0,
}
