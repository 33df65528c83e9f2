"""The shape of the demo programme: a fictional area run the way North West London ran its own.

Everything here is invented. The structure follows the seeds (DOMAIN.md): an oversight
group called Embedding Partnerships over the two lay groups, a core design team, and one
working group per design module, each chaired by a senior clinician with a lay pair.
Two gaps are left on purpose so the co-production checks have something real to show:
the Informatics working group has no lay partners, and no housing or other wider
partner is engaged yet.
"""

from django.utils.text import slugify

from touchstone.people.models import PersonKind as K
from touchstone.programmes.defaults import DEFAULT_MODULES

PM_EMAIL = "pm@example.org"
PM_PASSWORD = "touchstone-demo"  # noqa: S105 - a published demo password, never production
PM_NAME = "Morgan Ellis"
LAY_EMAIL = "lay@example.org"
LAY_NAME = "Pat Whitfield"
LAY_KEY = "A7"  # the advisory group member who signs in as lay@example.org

PROGRAMME = {
    "name": "Better Together: integrated care for older people",
    "area": "Wyvern Vale (a fictional place)",
    "purpose": (
        "Older people, their carers and the people who look after them design joined-up "
        "health and social care together, so that people stay well and independent at home "
        "for longer."
    ),
}
# programme_create makes the slug from the name, the same way every time.
DEMO_SLUG = slugify(PROGRAMME["name"])[:70]
POPULATION_GROUPS = [
    (
        "Older people living with frailty",
        "help to stay steady on their feet, at home and connected to their community",
    ),
    (
        "Older people with several long-term conditions",
        "one care plan and one team instead of many appointments",
    ),
    (
        "Older people living with dementia, and their carers",
        "support for carers and care that knows the person",
    ),
]

# The working group for each design module.
WORKING_GROUPS = {module: f"{module} working group" for module in DEFAULT_MODULES}
INFORMATICS = WORKING_GROUPS["Informatics"]

GROUPS = [
    {
        "key": "oversight",
        "name": "Embedding Partnerships",
        "kind": "oversight_group",
        "cadence": "monthly",
        "purpose": "Governs how lay partners are involved across the programme, and looks after "
        "the Lay Partners Advisory Group and the Lay Partners Forum.",
    },
    {
        "key": "core",
        "name": "Core design team",
        "kind": "core_design_team",
        "cadence": "weekly",
        "purpose": "Makes the design decisions, runs the events and folds what people say into "
        "the papers for the next session. Meets every week for at least two hours.",
    },
    {
        "key": "advisory",
        "name": "Lay Partners Advisory Group",
        "kind": "lay_advisory_group",
        "parent": "oversight",
        "cadence": "fortnightly",
        "min_members": 15,
        "max_members": 25,
        "purpose": "Briefs and supports lay partners, and sends a pair of them to each working "
        "group.",
    },
    {
        "key": "forum",
        "name": "Lay Partners Forum",
        "kind": "lay_forum",
        "parent": "oversight",
        "cadence": "quarterly",
        "purpose": "A wider and more diverse group who give feedback on emerging plans. Members "
        "agree where and when it meets.",
    },
    *[
        {
            "key": module,
            "name": name,
            "kind": "working_group",
            "parent": "core",
            "module": module,
            "cadence": "fortnightly",
            "purpose": f"Designs this part of the new model of care: {module}.",
        }
        for module, name in WORKING_GROUPS.items()
    ],
]

HOUSING = "housing_wider"  # the category left with nobody engaged, on purpose
# (name, category, engagement status)
ORGANISATIONS = [
    ("Ashcombe Road Surgery", "gp_practice", "engaged"),
    ("Millbrook Medical Centre", "gp_practice", "engaged"),
    ("Harrowfield Health Centre", "gp_practice", "engaged"),
    ("Castlebridge Family Practice", "gp_practice", "contacted"),
    ("Wyvern Vale GP Federation", "gp_practice", "engaged"),
    ("Wyvern Vale Hospitals NHS Foundation Trust", "acute_hospital", "engaged"),
    ("Wyvern Community Health NHS Trust", "community_care", "engaged"),
    ("Vale District Nursing Service", "community_care", "engaged"),
    ("Wyvern and Marsh Mental Health NHS Trust", "mental_health", "engaged"),
    ("Wyvern Vale Memory Service", "mental_health", "engaged"),
    ("Wyvern Vale Council Adult Social Care", "social_care", "engaged"),
    ("Homeward Home Care Ltd", "social_care", "identified"),
    ("Oakfield House Care Home", "care_home", "engaged"),
    ("The Willows Nursing Home", "care_home", "engaged"),
    ("Millbrook Pharmacy", "community_pharmacy", "engaged"),
    ("Castlebridge Chemist", "community_pharmacy", "contacted"),
    ("Wyvern Community Dietetics Service", "dietetics", "engaged"),
    ("Vale Occupational Therapy Team", "occupational_therapy", "engaged"),
    ("Wyvern Vale Leisure Trust", "fitness_leisure", "engaged"),
    ("Steady Steps Strength and Balance Classes", "fitness_leisure", "engaged"),
    ("Wyvern Vale Council Public Health", "local_authority", "engaged"),
    ("Marsh End Town Council", "local_authority", "identified"),
    ("Wyvern and Marsh Integrated Care Board", "commissioner", "engaged"),
    ("NHS England Vale and Marsh regional team", "nhs_england", "engaged"),
    ("Healthwatch Wyvern Vale", "healthwatch", "engaged"),
    ("Wyvern Vale Patients' Association", "healthwatch", "engaged"),
    ("Millbrook Medical Centre Patient Participation Group", "patient_group", "engaged"),
    ("Vale Stroke Survivors Group", "patient_group", "engaged"),
    ("Wyvern Parkinson's Friends", "patient_group", "contacted"),
    ("Wyvern Vale Council for Voluntary Service", "voluntary_community", "engaged"),
    ("Good Neighbours Wyvern", "voluntary_community", "engaged"),
    ("Wyvern Timebank", "voluntary_community", "engaged"),
    ("Marsh End Community Transport", "voluntary_community", "engaged"),
    ("Vale Older People's Network", "voluntary_community", "engaged"),
    ("Harrowfield Community Kitchen", "voluntary_community", "identified"),
    ("Wyvern Vale Carers Centre", "carers_organisation", "engaged"),
    ("Carers Together Marsh End", "carers_organisation", "engaged"),
    ("Wyvern Homes Housing Association", HOUSING, "contacted"),
    ("Vale Fire and Rescue Safe and Well Team", HOUSING, "identified"),
    ("Vale Money and Housing Advice", HOUSING, "declined"),
]

# Professionals: (key, kind, organisation, is a doctor). Keys are used in GROUP_SEATS.
ICB = "Wyvern and Marsh Integrated Care Board"
HOSPITAL = "Wyvern Vale Hospitals NHS Foundation Trust"
COMMUNITY = "Wyvern Community Health NHS Trust"
MENTAL_HEALTH = "Wyvern and Marsh Mental Health NHS Trust"
FEDERATION = "Wyvern Vale GP Federation"
COUNCIL_CARE = "Wyvern Vale Council Adult Social Care"
PROFESSIONALS = [
    ("clinical_lead", K.CLINICIAN, HOSPITAL, True),
    ("community_lead", K.PROVIDER_MANAGER, COMMUNITY, False),
    ("mental_health_lead", K.PROVIDER_MANAGER, MENTAL_HEALTH, False),
    ("federation_lead", K.PROVIDER_MANAGER, FEDERATION, False),
    ("social_care_lead", K.CARE_PROFESSIONAL, COUNCIL_CARE, False),
    ("cvs_lead", K.VOLUNTARY_SECTOR, "Wyvern Vale Council for Voluntary Service", False),
    ("icb_director", K.COMMISSIONER, ICB, False),
    ("retired_doctor", K.CLINICIAN, None, True),
    ("engagement", K.ENGAGEMENT_SPECIALIST, ICB, False),
    ("healthwatch", K.VOLUNTARY_SECTOR, "Healthwatch Wyvern Vale", False),
    ("public_health", K.CLINICIAN, "Wyvern Vale Council Public Health", True),
    ("icb_analyst", K.COMMISSIONER, ICB, False),
    ("neighbours", K.VOLUNTARY_SECTOR, "Good Neighbours Wyvern", False),
    ("gp_chair", K.CLINICIAN, "Millbrook Medical Centre", True),
    ("practice_nurse", K.CARE_PROFESSIONAL, "Ashcombe Road Surgery", False),
    ("pharmacist", K.CARE_PROFESSIONAL, "Millbrook Pharmacy", False),
    ("geriatrician", K.CLINICIAN, HOSPITAL, True),
    ("care_home", K.PROVIDER_MANAGER, "Oakfield House Care Home", False),
    ("occupational_therapist", K.CARE_PROFESSIONAL, "Vale Occupational Therapy Team", False),
    ("icb_clinical_director", K.CLINICIAN, ICB, True),
    ("icb_finance", K.COMMISSIONER, ICB, False),
    ("council_commissioner", K.COMMISSIONER, "Wyvern Vale Council Public Health", False),
    ("hospital_finance", K.PROVIDER_MANAGER, HOSPITAL, False),
    ("ccio", K.CLINICIAN, HOSPITAL, True),
    ("federation_digital", K.PROVIDER_MANAGER, FEDERATION, False),
    ("community_digital", K.PROVIDER_MANAGER, COMMUNITY, False),
    ("icb_data", K.COMMISSIONER, ICB, False),
    ("mental_health_ccio", K.CLINICIAN, MENTAL_HEALTH, True),
]

ADVISORY_SIZE = 20  # lay partners ever in the advisory group; two leave, one replaces
FORUM_SIZE = 102  # forum members ever; two leave and are replaced, so 100 sit today

# Seats: (group key, person key, role, days after the start it began). "pm" is the
# programme manager and "A0" to "A19" the lay partners of the advisory group.
GROUP_SEATS = [
    ("core", "clinical_lead", "chair", 0),
    ("core", "A0", "co_chair", 0),
    ("core", "A1", "member", 0),
    ("core", "A2", "member", 0),
    ("core", "community_lead", "member", 0),
    ("core", "mental_health_lead", "member", 0),
    ("core", "federation_lead", "member", 0),
    ("core", "social_care_lead", "member", 0),
    ("core", "cvs_lead", "member", 0),
    ("core", "icb_director", "member", 0),
    ("core", "pm", "programme_manager", 0),
    ("oversight", "retired_doctor", "chair", 0),
    ("oversight", "A3", "co_chair", 0),
    ("oversight", "A4", "member", 0),
    ("oversight", "icb_director", "member", 0),
    ("oversight", "healthwatch", "member", 0),
    ("oversight", "engagement", "member", 0),
    ("oversight", "pm", "programme_manager", 0),
    ("advisory", "engagement", "observer", 0),
    ("forum", "engagement", "observer", 0),
    ("Population and outcomes", "public_health", "chair", 0),
    ("Population and outcomes", "A5", "member", 0),
    ("Population and outcomes", "A6", "member", 0),
    ("Population and outcomes", "icb_analyst", "member", 0),
    ("Population and outcomes", "social_care_lead", "member", 0),
    ("Population and outcomes", "neighbours", "member", 0),
    ("GP networks", "gp_chair", "chair", 0),
    ("GP networks", LAY_KEY, "member", 0),
    ("GP networks", "A8", "member", 0),
    ("GP networks", "federation_lead", "member", 0),
    ("GP networks", "practice_nurse", "member", 0),
    ("GP networks", "pharmacist", "member", 0),
    ("Provider networks", "geriatrician", "chair", 0),
    ("Provider networks", "A9", "member", 0),
    ("Provider networks", "A11", "member", 0),
    ("Provider networks", "A10", "member", 84),
    ("Provider networks", "community_lead", "member", 0),
    ("Provider networks", "care_home", "member", 0),
    ("Provider networks", "occupational_therapist", "member", 0),
    ("Commissioning, governance and finance", "icb_clinical_director", "chair", 0),
    ("Commissioning, governance and finance", "A12", "member", 0),
    ("Commissioning, governance and finance", "A13", "member", 0),
    ("Commissioning, governance and finance", "icb_finance", "member", 0),
    ("Commissioning, governance and finance", "council_commissioner", "member", 0),
    ("Commissioning, governance and finance", "hospital_finance", "member", 0),
    ("Informatics", "ccio", "chair", 0),
    ("Informatics", "federation_digital", "member", 0),
    ("Informatics", "community_digital", "member", 112),
    ("Informatics", "icb_data", "member", 0),
    ("Informatics", "mental_health_ccio", "member", 0),
]

# Seats that ended: (group key, person key, days after the start, reason). The last
# advisory leaver is never replaced, so the checks report an empty lay partner place.
ENDINGS = [
    (
        "Provider networks",
        "A11",
        70,
        "Stepped back to care for a family member; stays in the Lay Partners Advisory Group.",
    ),
    ("Informatics", "federation_digital", 98, "Moved to a new job outside Wyvern Vale."),
    ("advisory", "A14", 60, "Moved out of the area to be nearer family."),
    ("advisory", "A15", 150, "Could not keep giving the time the role asks without payment."),
]
ADVISORY_LATE_JOINER = ("A19", 90)  # replaces A14
