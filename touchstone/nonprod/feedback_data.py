"""What people told the demo programme, and what it decided and did: every word invented.

Four events (a drop-in at a library, a working session, a forum meeting and a carers'
coffee morning last week) and a few letters, calls and emails. Dates count back from the
day the demo is loaded, so there is always something overdue, something due soon and
something still waiting for an answer. Some comments name staff ("Nurse Julie") so the
public page's redaction has something to show.
"""

from typing import NamedTuple

from touchstone.feedback.choices import Outcome, Source

CHANGED, PARTLY = Outcome.CHANGED, Outcome.PARTLY
NOT_CHANGED, ALREADY = Outcome.NOT_CHANGED, Outcome.ALREADY
CONSIDERING = "considering"
OPEN_EVENT = "carers"  # last week's event, still taking feedback through its link

THEMES = {
    "joined": "Joined-up care",
    "mind": "Mental health and loneliness",
    "travel": "Transport and getting there",
    "words": "Letters, calls and information",
    "meet": "Meeting times and taking part",
    "carers": "Support for carers",
    "home": "Staying well at home",
}

# Events: key -> (title, days before today, source, group key or None, question).
EVENTS = {
    "library": (
        "Drop-in at Ashcombe Library",
        90,
        Source.COMMUNITY_EVENT,
        None,
        "What would make health and care work better together for you, or for someone "
        "you look after?",
    ),
    "session": (
        "Working session: the first draft model of care",
        62,
        Source.WORKING_SESSION,
        "core",
        "What would you change in the first draft of the model of care?",
    ),
    "forum": (
        "Lay Partners Forum: autumn meeting at Harrowfield",
        28,
        Source.FORUM,
        "forum",
        "Version 2 of the draft model of care: what have we missed?",
    ),
    "carers": (
        "Carers' coffee morning at Wyvern Vale Carers Centre",
        5,
        Source.COMMUNITY_EVENT,
        None,
        "What would help you as a carer?",
    ),
}


class Said(NamedTuple):
    """One comment, and what became of it. An empty outcome means nobody has looked yet."""

    key: str
    where: str  # an event key, or the source of something typed in (letter, phone, email)
    who: str  # "form" (the event's link), "staff" (typed in), a register key, or "forum:N"
    text: str
    themes: tuple[str, ...] = ()
    outcome: str = ""  # "", CONSIDERING, or an Outcome with a response
    response: str = ""
    public: bool = True
    days_ago: int = 0  # for things typed in without an event


ITEMS = [
    # The drop-in at Ashcombe Library: the event's link on a tablet, and paper forms.
    Said(
        "L1",
        "library",
        "form",
        "I've told my story to the GP, the hospital, the falls team and the social worker. "
        "Four times in one month. Why can't they read each other's notes?",
        ("joined",),
        CHANGED,
        "The draft model of care now gives everyone with several long-term conditions one "
        "named care coordinator, who keeps a single care plan that the GP, hospital, "
        "community and social care teams all work from, so you tell your story once.",
    ),
    Said(
        "L2",
        "library",
        "form",
        "Nurse Julie at Ashcombe Road Surgery is the only person who ever rings me back. "
        "When she is on holiday nothing happens. It shouldn't all depend on one person.",
        ("joined", "words"),
        PARTLY,
        "You are right that it should not depend on one person. Each care coordinator will "
        "have a named deputy who covers their leave. We cannot add more nurses this year, "
        "but with a shared care plan whoever picks up your call can see your history.",
    ),
    Said(
        "L3",
        "library",
        "staff",
        "The 32 bus back from the hospital stops at six. My appointment ran late and I waited "
        "an hour and a half in the cold for a taxi.",
        ("travel",),
        PARTLY,
        "We cannot change bus timetables: the council sets them with the bus company, and we "
        "have passed your comment on. The model of care now asks clinics to offer older "
        "people appointments before 4pm where they can, so nobody is left waiting after dark.",
    ),
    Said(
        "L4",
        "library",
        "staff",
        "I got three letters for the same appointment, each with a different time. In the end "
        "I phoned and nobody could tell me which one was right.",
        ("words",),
        CONSIDERING,
    ),
    Said(
        "L5",
        "library",
        "form",
        "Since my wife died I don't see anyone some weeks. The doctor asks about my heart but "
        "never about how I am.",
        ("mind",),
        CHANGED,
        "Version 3 of the draft adds a section on mental health and loneliness. Care "
        "coordinators will ask how you are, not only about your health, and can put you in "
        "touch with Good Neighbours Wyvern's befriending service.",
    ),
    Said(
        "L6",
        "library",
        "form",
        "Please make the print bigger on letters. My eyes aren't what they were and my "
        "daughter has to read everything out to me.",
        ("words",),
        CONSIDERING,
    ),
    Said(
        "L7",
        "library",
        "staff",
        "My mum has dementia and I look after her. Nobody asked whether I was coping until I "
        "ended up in A&E myself.",
        ("carers", "mind"),
        CHANGED,
        "Carers now have their own section in the model of care, and everyone who looks after "
        "someone will be offered a carer's assessment the first time they are in touch, "
        "rather than when things have already gone wrong.",
    ),
    Said(
        "L8",
        "library",
        "form",
        "Parking at Wyvern Vale hospital costs more than my lunch. Some of us are there every "
        "week for treatment.",
        ("travel",),
        NOT_CHANGED,
        "We could not change this. Parking at the hospital is run by the hospital trust under "
        "a contract that lasts until 2028, and it is outside what Better Together can decide. "
        "We passed your comment to the trust. If you have treatment every week you can "
        "already ask the ward for a free parking permit.",
    ),
    Said(
        "L9",
        "library",
        "staff",
        "I'd like one number to ring that gets me someone who knows me, not a menu with six "
        "options and then a recorded message.",
        ("words", "joined"),
        PARTLY,
        "The draft model of care gives each person's care team one phone number, answered by "
        "someone who knows them. Getting every service to put it on their letters is still "
        "being agreed.",
    ),
    Said(
        "L10",
        "library",
        "form",
        "The Steady Steps class at the leisure centre got me walking again after my fall. "
        "More of those please, and nearer to Marsh End.",
        ("home",),
        CHANGED,
        "Strength and balance classes are now part of staying well at home in the model of "
        "care, and Steady Steps is starting a class at Marsh End community centre.",
    ),
    Said(
        "L11",
        "library",
        "form",
        "When my husband came home from hospital his carers didn't turn up for three days. The "
        "ward said it was the council, the council said it was the agency.",
        ("joined", "carers"),
        CHANGED,
        "In the model of care the care coordinator arranges care before someone leaves "
        "hospital, and is the one person to ring if it does not arrive.",
    ),
    Said(
        "L12",
        "library",
        "staff",
        "I don't use the internet. Everything now says 'go online'. Please keep paper and a "
        "phone line for people like me.",
        ("words",),
        ALREADY,
        "Paper letters and a phone line answered by a person stay for everyone who wants "
        "them. Nothing in the model of care takes them away, and the first draft says so.",
    ),
    Said(
        "L13",
        "library",
        "form",
        "Bring back the walk-in centre at Castlebridge. It was the only place you could be "
        "seen without waiting a fortnight.",
        ("joined",),
        NOT_CHANGED,
        "We could not change this. The walk-in centre was closed by the integrated care board "
        "after a public consultation, and reopening it is outside this programme. What the "
        "model of care does offer is same-day appointments at Castlebridge Family Practice "
        "for older people who need to be seen that day.",
    ),
    Said(
        "L14",
        "library",
        "staff",
        "My neighbour would never come to something like this. Go to the lunch clubs and the "
        "church halls, that's where people are.",
        ("meet",),
        CHANGED,
        "We now go to where people already are. The team visits lunch clubs and church halls "
        "in all six towns, starting with a coffee morning at the Carers Centre.",
    ),
    # The working session: lay partners and professionals on the register, typed in by staff.
    Said(
        "S1",
        "session",
        "A0",
        "The draft talks about 'care navigators' and 'care coordinators' as if they were the "
        "same thing. People need one named person, and the draft should say who that is.",
        ("joined",),
        CHANGED,
        "Version 2 uses one term, care coordinator, and says each person has one, named in "
        "their care plan.",
    ),
    Said(
        "S2",
        "session",
        "A1",
        "There is nothing in the draft about mental health. Half the older people I know are "
        "lonely or low, and it isn't in any of the boxes.",
        ("mind",),
        CHANGED,
        "Version 3 adds a section on mental health and loneliness, written with the mental "
        "health trust and the lay partners who raised it.",
    ),
    Said(
        "S3",
        "session",
        "A2",
        "Carers appear once, on page nine, as an 'informal resource'. We are not a resource. "
        "Give carers their own section.",
        ("carers",),
        CHANGED,
        "Carers have their own section from version 3, written with Wyvern Vale Carers "
        "Centre, and the words 'informal resource' are gone.",
    ),
    Said(
        "S4",
        "session",
        "A5",
        "The draft should say how we will know it is working, in ways people recognise: fewer "
        "repeat stories, fewer missed visits, fewer emergency admissions.",
        ("joined",),
        PARTLY,
        "Version 3 adds the first two as measures. Emergency admissions are already counted "
        "by the integrated care board, so we will report its figures rather than count again.",
        public=False,
    ),
    Said(
        "S5",
        "session",
        "A7",
        "Working sessions at two o'clock on a weekday rule out anyone who works or cares in "
        "the day. Could some be in the evening?",
        ("meet",),
        CHANGED,
        "We moved meetings to the early evening, then heard from the forum that evenings are "
        "hard in winter. Each meeting is now held twice, in the afternoon and in the early "
        "evening, and you can join the evening one online.",
    ),
    Said(
        "S6",
        "session",
        "A6",
        "I could only come today because my son drove me. A lot of us can't get to Ashcombe "
        "without a car.",
        ("travel", "meet"),
        CHANGED,
        "The programme now pays for travel to every meeting, and books Marsh End Community "
        "Transport for anyone who asks.",
    ),
    Said(
        "S7",
        "session",
        "A9",
        "Falls prevention should be in the model from the start, not added on at the end.",
        ("home",),
        CHANGED,
        "Version 2 puts falls prevention in the first part of the model, under staying well "
        "at home.",
    ),
    Said(
        "S8",
        "session",
        "community_lead",
        "District nurses would welcome a shared care plan, but only if it lives in the system "
        "we already use, not behind another login.",
        ("joined",),
        CONSIDERING,
        public=False,
    ),
    Said(
        "S9",
        "session",
        "A12",
        "Please send the papers a week before, on paper for those who want it. Forty pages on "
        "the morning is not co-production.",
        ("meet", "words"),
        CHANGED,
        "Papers now go out a week before every meeting, by post to anyone who asks, with a "
        "one-page summary at the front.",
    ),
    Said(
        "S10",
        "session",
        "social_care_lead",
        "Social care assessments take weeks because we wait for hospital discharge letters. "
        "Joining those up would help more than any new role.",
        ("joined",),
        CONSIDERING,
        public=False,
    ),
    # The Lay Partners Forum: members on the register, their comments typed in from the notes.
    Said(
        "F1",
        "forum",
        "forum:20",
        "Early evening meetings are hard for me in winter. I don't drive in the dark and the "
        "buses are worse after five.",
        ("meet", "travel"),
        CHANGED,
        "Each meeting is now held twice: in the afternoon, and in the early evening with the "
        "option to join online. Community transport is paid for both.",
    ),
    Said(
        "F2",
        "forum",
        "forum:21",
        "Afternoons suit me better than evenings, but I know working carers need the "
        "evenings. Why not offer both?",
        ("meet",),
        CHANGED,
        "That is what we now do: every meeting is held in the afternoon and again in the "
        "early evening.",
    ),
    Said(
        "F3",
        "forum",
        "forum:22",
        "The named coordinator is a good idea. But what happens when they are off sick? Who "
        "covers?",
        ("joined",),
        CHANGED,
        "Version 3 gives every care coordinator a named deputy, and your care plan says who "
        "that is.",
    ),
    Said(
        "F4",
        "forum",
        "forum:23",
        "My husband has Parkinson's and gets very anxious before appointments. Nobody in the "
        "draft seems to look after the worry, only the illness.",
        ("mind", "carers"),
        PARTLY,
        "Version 3 asks care coordinators to ask about worry and low mood at every review. We "
        "could not add a separate anxiety service for people with Parkinson's, which would "
        "need new money, but Wyvern Parkinson's Friends now run a monthly peer group.",
    ),
    Said(
        "F5",
        "forum",
        "forum:24",
        "The memory service were wonderful, then we were discharged and it was like falling "
        "off a cliff. Dr Mensah said someone would ring and nobody did.",
        ("mind", "joined"),
        CHANGED,
        "Version 3 says nobody leaves the memory service without a named person to call, and "
        "everyone gets a follow-up call within two weeks.",
    ),
    Said(
        "F6",
        "forum",
        "forum:25",
        "Community transport is great but you have to book a week ahead. Hospital "
        "appointments don't give you a week.",
        ("travel",),
        CONSIDERING,
    ),
    Said(
        "F7",
        "forum",
        "forum:26",
        "I'm glad carers have their own section now. Please include young carers, and people "
        "caring for someone who lives miles away.",
        ("carers",),
        PARTLY,
        "The carers' section now includes people caring at a distance. Young carers already "
        "have support from the council's young carers service, so we link to it rather than "
        "set up a second one.",
    ),
    Said(
        "F8",
        "forum",
        "forum:27",
        "Could the plan say something about people who are housebound? They will never see "
        "any of this.",
        ("home", "meet"),
        CONSIDERING,
    ),
    Said(
        "F9",
        "forum",
        "forum:28",
        "The language is still very NHS. 'Multidisciplinary team' means nothing to my neighbours.",
        ("words",),
        CHANGED,
        "Version 3 was rewritten in plain English with forum members. 'Multidisciplinary "
        "team' is now 'the team that looks after you'.",
    ),
    Said(
        "F10",
        "forum",
        "forum:29",
        "Pharmacists know more about my tablets than anyone. Put them in the team.",
        ("joined",),
        ALREADY,
        "Pharmacists are already part of the team: Millbrook Pharmacy sits on the GP networks "
        "working group, and the draft names a community pharmacist in every neighbourhood "
        "team.",
    ),
    Said(
        "F11",
        "forum",
        "forum:30",
        "The lunch club is the only reason my dad gets out of the house. If this is about "
        "staying well, fund the lunch clubs.",
        ("mind", "home"),
        NOT_CHANGED,
        "We could not change this. Lunch clubs are funded through the council's grants to "
        "voluntary groups, which are set for this year and are not ours to spend. The model "
        "of care lists lunch clubs as somewhere care coordinators will suggest, and we have "
        "sent your comment to the council for next year's grants.",
    ),
    Said(
        "F12",
        "forum",
        "forum:31",
        "Thank you for paying for the taxi today. It made the difference to me coming at all.",
        ("travel", "meet"),
        ALREADY,
        "Thank you for telling us. Travel is paid for every meeting, and it will stay that way.",
    ),
    # Last week's carers' coffee morning: mostly not looked at yet.
    Said(
        "C1",
        "carers",
        "form",
        "An hour off. That's all. A sitter who understands dementia so I can go to the shops "
        "without worrying.",
    ),
    Said(
        "C2",
        "carers",
        "form",
        "I only found out about Carer's Allowance from another carer in the waiting room. Why "
        "did nobody tell me?",
        ("carers", "words"),
        CONSIDERING,
    ),
    Said(
        "C3",
        "carers",
        "form",
        "The surgery should know I'm my wife's carer and let me book her appointments without "
        "a fight every time.",
    ),
    Said(
        "C4",
        "carers",
        "form",
        "I'm 81 and I look after my son. Who looks after him if something happens to me?",
    ),
    Said(
        "C5",
        "carers",
        "form",
        "Sandra from the Carers Centre rings me every fortnight and it keeps me going. Every "
        "carer should have a Sandra.",
    ),
    Said(
        "C6",
        "carers",
        "form",
        "Evening support groups please. I work until five and then I'm caring.",
        ("carers", "meet"),
        CONSIDERING,
    ),
    Said(
        "C7",
        "carers",
        "form",
        "Respite beds are booked up months ahead. We had an emergency and there was nothing.",
    ),
    Said(
        "C8",
        "carers",
        "form",
        "I'm low a lot of the time and I don't want to bother the doctor with it.",
    ),
    # Letters, calls and emails, typed in by the programme team.
    Said(
        "T1",
        Source.LETTER,
        "staff",
        "I read about Better Together in the Vale Gazette. I am 88 and housebound. I would "
        "like to take part but cannot come to meetings. Could you send me the papers by post "
        "and I will write back?",
        ("meet",),
        CHANGED,
        "We now post the papers to anyone who asks and take comments by letter, which count "
        "the same as anything said in a meeting.",
        days_ago=80,
    ),
    Said(
        "T2",
        Source.PHONE,
        "staff",
        "Caller said the falls team and the district nurses both visited on the same morning "
        "and asked the same questions, then neither came back for a month.",
        ("joined", "home"),
        CHANGED,
        "The care coordinator now plans visits with each team, so they are not doubled up and "
        "nobody is left without a visit.",
        days_ago=70,
    ),
    Said(
        "T3",
        Source.EMAIL,
        "healthwatch",
        "Healthwatch has heard from several people that discharge letters reach the GP after "
        "the patient has already been readmitted.",
        ("joined", "words"),
        CONSIDERING,
        public=False,
        days_ago=45,
    ),
    Said(
        "T4",
        Source.LETTER,
        "staff",
        "My late mother's appointment letters kept coming for months after she died. Every "
        "one was upsetting. Please join up your records.",
        ("words", "joined"),
        PARTLY,
        "We are very sorry. A death recorded by the GP now reaches the hospital's booking "
        "system within a day. Letters booked earlier by other services can still go out; "
        "stopping those is part of the work on appointment letters, which is not finished.",
        days_ago=35,
    ),
    Said(
        "T5",
        Source.PHONE,
        "staff",
        "Caller asked for free taxis to all hospital appointments for everyone over 75.",
        ("travel",),
        NOT_CHANGED,
        "We could not change this. Who gets free patient transport is set by national NHS "
        "rules on medical need, not by age, and a local programme cannot change them. "
        "Everyone is now asked how they will get to an appointment, and Marsh End Community "
        "Transport is funded to take people to clinics door to door.",
        days_ago=20,
    ),
    Said(
        "T6",
        Source.PHONE,
        "staff",
        "Carer rang to say she was given the Carers Centre number three times and it was "
        "always engaged. She would like someone to ring her.",
        ("carers",),
        CONSIDERING,
        days_ago=12,
    ),
    Said(
        "T7",
        Source.LETTER,
        "staff",
        "Nurse Julie and the team at Millbrook Medical Centre helped my husband stay at home "
        "to the end, as he wanted. Please don't lose what works when you change things.",
        days_ago=9,
    ),
    Said(
        "T8",
        Source.EMAIL,
        "A4",
        "After the oversight meeting: the carers' assessment pilot should include the two "
        "Marsh End practices, where we have the most carers and the least support.",
        days_ago=3,
    ),
]


class Decided(NamedTuple):
    """A decision, the feedback and lay partners behind it, in days before today."""

    key: str
    group: str
    days_ago: int
    title: str
    decided: str
    feedback: tuple[str, ...]
    lay: tuple[str, ...]
    options: str = ""
    dissent: str = ""
    status: str = "agreed"


DECISIONS = [
    Decided(
        "evenings",
        "oversight",
        58,
        "Hold lay partner meetings in the early evening",
        "Move the advisory group's meetings and the working sessions to 6pm, so that people "
        "who work or care in the day can come.",
        ("S5", "S9", "L14"),
        ("A3", "A4", "A7"),
        options="Keep afternoons; move to evenings; alternate between the two.",
    ),
    Decided(
        "coordinator",
        "core",
        55,
        "One named care coordinator for everyone with several long-term conditions",
        "Everyone with several long-term conditions gets one named care coordinator, who "
        "holds a single care plan shared by the GP, hospital, community and social care "
        "teams. People told us they repeat their story to every service and that nobody "
        "owns the whole picture.",
        ("L1", "L2", "L11", "S1", "T2"),
        ("A0", "A1", "A2"),
        options="A phone line of care navigators; a coordinator for everyone over 75; a "
        "coordinator for people with several conditions (chosen, as the most help for the "
        "money).",
        dissent="The GP federation's lead worried about the cost and agreed on condition the "
        "role is costed before the pilot starts.",
    ),
    Decided(
        "travel",
        "core",
        50,
        "Pay for travel to every meeting",
        "The programme pays travel to every meeting and working session, and books community "
        "transport for anyone who asks, because people without a car could not come.",
        ("S6", "L3"),
        ("A6",),
    ),
    Decided(
        "carers",
        "core",
        40,
        "Give carers their own section, and offer a carer's assessment at first contact",
        "Carers get their own section in the model of care, written with Wyvern Vale Carers "
        "Centre, and are offered a carer's assessment the first time they are in touch.",
        ("L7", "S3", "L11"),
        ("A2", "A3"),
    ),
    Decided(
        "twice",
        "oversight",
        20,
        "Hold each meeting twice: in the afternoon and in the early evening",
        "Each lay partner meeting is held twice, in the afternoon and in the early evening "
        "with the option to join online. Forum members told us evenings are hard in winter "
        "for people who do not drive in the dark, while working carers need evenings.",
        ("F1", "F2", "S5"),
        ("A3", "A4", "forum:20"),
        dissent="Two advisory group members would rather keep one meeting so the group stays "
        "together; the group will review this in six months.",
    ),
    Decided(
        "letters",
        "core",
        12,
        "Plain-English appointment letters with one phone number",
        "Ask the three trusts to use one appointment letter, in plain English and large "
        "print on request, with one phone number that reaches a person.",
        ("L4", "L6", "L9", "F9", "T4"),
        ("A7",),
        status="proposed",
    ),
]
SUPERSEDED = [("evenings", "twice")]  # (the earlier decision, the one that replaced it)

# Actions: (decision key, what, owner key, due in days from today (negative: past), state).
ACTIONS = [
    ("evenings", "Move the advisory group's meetings to 6pm", "pm", -45, "done"),
    (
        "coordinator",
        "Write the care coordinator's role description",
        "community_lead",
        -30,
        "done",
    ),
    (
        "coordinator",
        "Cost the care coordinator role for the three primary care networks",
        "icb_finance",
        -6,
        "open",
    ),
    ("travel", "Open an account with Marsh End Community Transport", "pm", -40, "done"),
    ("travel", "Add a travel claim form to every set of papers", "engagement", -35, "done"),
    ("carers", "Write the carers' section with Wyvern Vale Carers Centre", "A2", -25, "done"),
    ("carers", "Ask the Carers Centre to run a session in each town", "A3", -10, "open"),
    (
        "carers",
        "Start the carer's assessment pilot in Millbrook and Marsh End",
        "social_care_lead",
        4,
        "open",
    ),
    ("twice", "Book afternoon and evening rooms for next quarter", "pm", 2, "open"),
    ("twice", "Try joining online from Millbrook library", "community_digital", 12, "open"),
    (
        "letters",
        "Rewrite the appointment letter with lay partners",
        "A7",
        9,
        "open",
    ),
    ("letters", "Agree one phone number with the three trusts", "federation_lead", -3, "open"),
    ("letters", "Print a leaflet about the new letters", "engagement", 20, "dropped"),
]

DOCUMENT = "Draft model of care"
# Versions: (days before today, what changed, ((feedback key, how it changed this version),)).
VERSIONS = [
    (
        70,
        "First draft, written by the core design team from its workshops and the drop-in at "
        "Ashcombe Library.",
        (
            ("L1", "Set the aim that nobody has to tell their story more than once."),
            ("L9", "Added one phone number for each person's care team."),
            ("L12", "Kept paper letters and a staffed phone line for everyone."),
        ),
    ),
    (
        52,
        "Adds a named care coordinator, falls prevention and strength and balance classes, "
        "and uses one term for the coordinator throughout.",
        (
            ("S1", "Replaced 'care navigator' with one named care coordinator."),
            ("L11", "The care coordinator arranges care before someone leaves hospital."),
            ("S7", "Moved falls prevention into the first part, staying well at home."),
            ("L10", "Added strength and balance classes, including one in Marsh End."),
        ),
    ),
    (
        18,
        "Adds sections on carers and on mental health and loneliness, a deputy for every "
        "care coordinator, follow-up after the memory service, and plainer words.",
        (
            ("S3", "New section on support for carers."),
            ("S2", "New section on mental health and loneliness."),
            ("L5", "Care coordinators ask how people are, not only about their health."),
            ("F3", "Every care coordinator has a named deputy."),
            ("F5", "A named person and a follow-up call after the memory service."),
            ("F7", "The carers' section includes people caring at a distance."),
            ("F9", "Rewritten in plain English with forum members."),
        ),
    ),
]

INTRODUCTION = (
    "Older people, carers and people who work in health and care across Wyvern Vale have "
    "told Better Together what would make care work better: at a drop-in "
    "at Ashcombe Library, at working sessions, at the Lay Partners Forum, and by letter, "
    "phone and email. Thank you. Here is what we heard, what we decided and what we did."
)
