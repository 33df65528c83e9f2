"""The demo's meetings, in words: venues, agendas, who needs what, the forum's poll, papers
and minutes. Every place and word is invented; postcodes use the area "WY", which no real
postcode has, and the online link uses a documentation domain (RFC 2606).
"""

from typing import NamedTuple

from touchstone.meetings.models import MeetingKind

# Venues: key -> (address, access features it has). Marsh End Village Hall has no hearing
# loop, so the checklist for the advisory meeting held there warns the organiser.
VENUES = {
    "council": (
        "Wyvern Vale Council House, Committee Room 2\nMarket Square\nAshcombe\nWY1 1AA",
        ("step_free", "hearing_loop", "accessible_toilet", "public_transport"),
    ),
    "hospital": (
        "Wyvern Vale Hospital, Education Centre, Seminar Room 3\nHospital Way\nWyvern Green\n"
        "WY2 8RE",
        ("step_free", "accessible_toilet", "parking"),
    ),
    "millbrook": (
        "Millbrook Community Centre\n14 Station Road\nMillbrook\nWY3 2DL",
        ("step_free", "hearing_loop", "accessible_toilet", "parking", "public_transport"),
    ),
    "harrowfield": (
        "Harrowfield Library and Community Hub\nChurch Road\nHarrowfield\nWY5 3PQ",
        ("step_free", "hearing_loop", "accessible_toilet", "public_transport"),
    ),
    "castlebridge": (
        "Castlebridge Methodist Church Hall\nPriory Walk\nCastlebridge\nWY6 4HT",
        ("accessible_toilet", "parking"),
    ),
    "marsh_end": (
        "Marsh End Village Hall\n3 Meadow Close\nMarsh End\nWY4 7NB",
        ("step_free", "accessible_toilet", "parking"),
    ),
}
ONLINE = "https://meet.example.org/better-together/"
ADVISORY = "Lay Partners Advisory Group"

# Agendas: (title, who leads, minutes allowed). Past meetings take turns through theirs.
CORE_AGENDAS = [
    [
        ("Welcome and apologies", "Chair", 5),
        ("What people told us this week", "Lay co-chair", 30),
        ("Draft model of care: next changes", "Clinical lead", 60),
        ("Actions and close", "Programme manager", 15),
    ],
    [
        ("Welcome and apologies", "Chair", 5),
        ("Working groups: progress and blocks", "Working group leads", 45),
        ("Planning the next community events", "Engagement lead", 40),
        ("Actions and close", "Programme manager", 15),
    ],
    [
        ("Welcome and apologies", "Chair", 5),
        ("Budget and lay partner payments", "Programme manager", 30),
        ("Risks and decisions log", "Clinical lead", 40),
        ("Actions and close", "Programme manager", 15),
    ],
]
ADVISORY_AGENDAS = [
    [
        ("Welcome, apologies and how we work together", "Chair", 10),
        ("Minutes of the last meeting", "Chair", 10),
        ("Reports back from the working groups", "Lay pairs", 45),
        ("What we want the core team to hear", "Everyone", 40),
        ("Any other business", "Chair", 15),
    ],
    [
        ("Welcome, apologies and how we work together", "Chair", 10),
        ("Minutes of the last meeting", "Chair", 10),
        ("Briefing: the draft model of care", "Programme manager", 40),
        ("Payments and expenses: your questions", "Engagement lead", 30),
        ("Any other business", "Chair", 15),
    ],
]
WORKING_AGENDA = [
    ("Welcome and apologies", "Chair", 5),
    ("What the lay partners heard", "Lay pair", 25),
    ("Design work on this module", "Chair", 50),
    ("Next steps", "Chair", 10),
]
SESSION_AGENDA = [
    ("Welcome, and what a working session is for", "Lay co-chair", 15),
    ("The first draft model of care, in brief", "Clinical lead", 45),
    ("Small groups: one day in the life of Mrs B", "Everyone", 120),
    ("What we change in the draft", "Everyone", 90),
    ("Close and thanks", "Chair", 15),
]
FORUM_AGENDA = [
    ("Welcome and what has changed since we last met", "Lay co-chair", 20),
    ("Version 2 of the draft model of care", "Clinical lead", 40),
    ("Table discussions: what have we missed?", "Everyone", 60),
    ("What happens next", "Programme manager", 15),
]
EVENT_AGENDA = [
    ("Drop in: tea, coffee and a chat", "Engagement lead", 60),
    ("The draft model of care in ten minutes", "Lay co-chair", 20),
    ("Tell us what you think", "Everyone", 100),
]

# Past meetings: how many weeks of each group's meetings the demo keeps.
CORE_WEEKS = 13
ADVISORY_FORTNIGHTS = 6
WORKING_GROUP_MONTHS = 3

# Attendance: (attended, apologies) shares; the rest did not come without a word.
PROFESSIONAL_ODDS = (0.86, 0.10)
LAY_ODDS = (0.72, 0.18)
FORUM_ODDS = (0.55, 0.25)
# Replies to the invitations still to come: share accepted, share sending apologies.
REPLY_ODDS = (0.45, 0.12)
SEED = 20261122


class Upcoming(NamedTuple):
    """A meeting to come, dated from an anchor: "core" (the next weekday), "advisory" (the
    next weekday at least three days off, so its papers deadline has passed) or "saturday"
    (the first Saturday at least `after` days off). With no venue it meets online."""

    key: str
    group: str
    kind: str
    title: str
    anchor: str
    after: int
    hour: int
    minutes: int
    venue: str | None = None
    online: bool = False


UPCOMING = [
    Upcoming("core", "core", MeetingKind.CORE_TEAM, "Core design team", "core", 0, 10, 120,
             "hospital", online=True),
    Upcoming("advisory", "advisory", MeetingKind.ADVISORY_GROUP, ADVISORY, "advisory", 0, 18,
             120, "millbrook"),
    Upcoming("informatics", "Informatics", MeetingKind.WORKING_SESSION,
             "Informatics working group: shared care records", "advisory", 6, 14, 90),
    Upcoming("advisory_next", "advisory", MeetingKind.ADVISORY_GROUP,
             ADVISORY, "advisory", 14, 18, 120, "marsh_end"),
    Upcoming("event", "core", MeetingKind.COMMUNITY_ENGAGEMENT,
             "Have your say: drop-in on the draft model of care at Castlebridge", "saturday",
             20, 10, 180, "castlebridge"),
    Upcoming("forum", "forum", MeetingKind.FORUM, "Lay Partners Forum: winter meeting",
             "saturday", 33, 10, 150, "council"),
]  # fmt: skip

AGENDAS = {
    "core": CORE_AGENDAS[0],
    "advisory": ADVISORY_AGENDAS[1],
    "informatics": WORKING_AGENDA,
    "advisory_next": ADVISORY_AGENDAS[0],
    "event": EVENT_AGENDA,
    "forum": FORUM_AGENDA,
}

# Support needs, recorded with consent: (register key, needs, dietary). "forum:N" is the
# Nth forum member. The demo lay partner (A7) needs a hearing loop.
SUPPORT = [
    ("A7", ["hearing_loop"], ""),
    ("A3", ["step_free", "support_worker"], ""),
    ("A5", ["large_print", "papers_by_post"], ""),
    ("A9", ["replacement_care"], ""),
    ("A10", ["bsl"], ""),
    ("A12", ["dietary", "evening_only"], "Vegetarian, and no nuts"),
    ("A16", ["step_free", "travel_help"], ""),
    ("retired_doctor", ["dietary"], "Gluten free"),
    ("forum:4", ["hearing_loop", "papers_by_post"], ""),
]

# The forum's poll: (how many members, weekdays with 0 = Monday, times, place).
POLL = [
    (9, [5], ["daytime"], ""),
    (4, [5], ["daytime"], "Harrowfield, near the bus station"),
    (2, [4, 5], ["daytime"], "Ashcombe"),
    (3, [1, 2, 3], ["evening"], ""),
    (2, [2, 5], ["daytime", "evening"], "Millbrook"),
]

# Papers for the next advisory meeting: (title, days before the deadline it came, text).
# A negative number came after the deadline, so the paper is flagged late.
PAPERS = [
    (
        "Briefing: the draft model of care, version 3",
        2,
        "This paper tells you what changed in the draft model of care since version 2.\n\n"
        "You told us that people should have one named person to call. Version 3 gives "
        "everyone over 75 with several long-term conditions a care coordinator. The "
        "coordinator works for the neighbourhood team, not for one GP practice.\n\n"
        "You told us that carers are asked the same questions again and again. Version 3 "
        "says each carer gets one assessment, shared by the council and the NHS.\n\n"
        "We would like your views on two questions. Is a care coordinator the right name? "
        "What should happen when someone leaves hospital on a Friday evening?",
    ),
    (
        "Lay partner payments: proposed changes for 2027",
        -3,
        "The integrated care board proposes to change how lay partners are paid from April "
        "2027. The proposal harmonises remuneration across the system in accordance with "
        "the involvement payment policy, and facilitates the reimbursement of expenditure "
        "incurred in the course of involvement activities, notwithstanding the constraints "
        "of the current financial envelope.\n\n"
        "In short: everyone would be paid the same hourly rate, and travel and care costs "
        "would be paid back within two weeks.\n\n"
        "We are sorry this paper is late. The finance team needed more time.",
    ),
]

MINUTES = {
    "approved": "Present: see the attendance list. Apologies were received from those listed."
    "\n\n1. The chair welcomed everyone, and two new members introduced themselves.\n\n"
    "2. The minutes of the last meeting were agreed.\n\n"
    "3. The lay pairs reported back. The GP networks pair said practices want to hear "
    "from carers directly. The Provider networks pair said discharge from hospital is "
    "the question people raise most.\n\n"
    "4. The group asked the core team to hold more meetings in the evening.\n\n"
    "Actions: the programme manager to share the dates of the next community events.",
    "circulated": "Present: see the attendance list. Apologies were received from those "
    "listed.\n\n1. The chair welcomed everyone.\n\n"
    "2. The minutes of the last meeting were agreed as a true record.\n\n"
    "3. The programme manager briefed the group on version 2 of the draft model of care. "
    "Members asked that carers get one assessment, shared by the council and the NHS.\n\n"
    "4. Members asked how payments for lay partners will change next year. A paper will "
    "come to the next meeting.\n\n"
    "Actions: the engagement lead to bring the payments paper to the next meeting.",
}
