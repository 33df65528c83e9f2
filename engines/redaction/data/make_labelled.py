"""Write labelled.jsonl: feedback-style sentences with their personal data marked.

    .venv/bin/python engines/redaction/data/make_labelled.py

Three sources, all deterministic. handwritten.txt holds sentences written one by one, with
each piece of personal data marked as {TYPE|text}; held_out.txt holds more, written after
the rules were settled and never used to change them. TEMPLATES below are frames in the
style of Friends and Family Test answers with slots filled at random (seeded) with
made-up names, numbers and addresses, and with look-alikes that must NOT be found (ward
and bed numbers, doses, times, money, years, visit dates, NHS numbers with a wrong check
digit, hospital names). Every value is invented; none comes from the real feedback.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
SEED = 7
GENERATED = 240
MARK = re.compile(r"\{([A-Z ]+)\|([^{}]+)\}")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = words(
    "Julie Sarah Karen Gary Darren Priya Mohammed Aisha Agnieszka Tom Callum Megan Sian \
Bethany Kieran Gemma Dylan Fatima Olivia Harry Lewis Shona Rhys Amir Chloe Nathan"
)
AMBIGUOUS = words("Grace Will Hope Mark Rose Dawn Joy Holly Ruby June")
OUTSIDE = words("Sibusiso Teodosia Nomvula Ionela Thandeka Radu Zanele Mircea")  # not in lists
SURNAMES = words(
    "Smith Jones Patel Khan Walker Hughes O'Neill McDonald Kowalski Begum Thompson \
Robinson Okafor Wright Evans Green"
)
STREETS = words("Acacia Mill Church Victoria Station Orchard Beech Meadow Kingsway Elm")
SUFFIXES = words("Road Street Avenue Lane Close Drive Crescent Grove Terrace Gardens")
AREAS = words("NE DH SR TS DL NG DE S LS M B L SW EC2A W1 YO HU LN")
TITLES = words("Dr Nurse Sister Mr Mrs Ms Miss Matron")
MONTHS = words(
    "January February March April May June July August September October November \
December"
)

TEMPLATES = [
    "{title} {surname} was so kind to my mum.",
    "{name} on reception was really helpful and friendly.",
    "Special thanks to {name} who looked after me all night.",
    "The paramedic {name} explained everything clearly.",
    "I would like to thank {fullname} for her patience.",
    "{title} {name} listened and did not rush me.",
    "My name is {outside} and I was treated with respect.",
    "Please pass my thanks to {outside}, the driver.",
    "Nurse {ambiguous} was amazing with my dad.",
    "Thanks to {ambiguous} on the ward, I felt safe.",
    "{fullname} made the visit less scary for my son.",
    "Both {name} and {name} went above and beyond.",
    "Please ring me back on {phone} as nobody has called.",
    "You can contact me on {phone} about my complaint.",
    "My daughter lives abroad, her number is {intl}.",
    "My NHS number is {nhs} but they could not find my records.",
    "They asked for my NHS number ({nhs}) three times.",
    "Reference {badnhs} was on my letter, is that right?",
    "Email me at {email} with the outcome please.",
    "I sent my complaint to {email} and heard nothing back.",
    "Transport went to {address} instead of my house.",
    "The ambulance was sent to {address}, {town} {postcode} by mistake.",
    "I live at {flat}, {town} and the driver could not find it.",
    "Send the letter to {postcode} not the old address.",
    "My National Insurance number is {ni}, they kept asking for it.",
    "Form asked for NI number {ni} which I had to look up.",
    "My father, born {dob}, was treated very well.",
    "Patient DOB {dob}, seen in A&E on {visitdate}.",
    "Date of birth {dob} was wrong on the discharge letter.",
    "Mum (aged {age}, {dob}) waited four hours.",
    "Seen on {visitdate} and discharged the same day.",
    "I was on Ward {small} for {small} days and bed {small} was by the window.",
    "Given {dose} of morphine at {time} which helped.",
    "Parking cost {money} which is too much.",
    "Since {year} the service has got much better.",
    "The appointment at {time} on {visitdate} was on time.",
    "Waited from {time} until {time} for transport.",
    "Taken to {hospital} and the staff were lovely.",
    "I rang {short} and the ambulance came in {small} minutes.",
    "Will you please {lower} the waiting times, I hope they do.",
    "In {month} I was seen quickly, in {month} it was slow.",
    "The staff on {wardname} Ward were all brilliant.",
    "Had my B12 injection at {time}, no problems.",
    "Took {dose} paracetamol every {small} hours.",
]
HOSPITALS = (
    "James Cook Hospital",
    "St Mary's Hospital",
    "Queen Elizabeth Hospital",
    "Royal Victoria Infirmary",
    "the James Cook",
    "Darlington Memorial",
)
WARDNAMES = ("Rose", "Amber", "Cherry", "Rowan", "Heather", "Willow")


def nhs_number(rng: random.Random, valid: bool = True) -> str:
    """Return a 10-digit number whose check digit is right (or wrong when valid is False)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        if check == 10:
            continue
        if not valid:
            check = (check + rng.randint(1, 9)) % 10
            if (11 - total % 11) % 11 == check:
                continue
        text = "".join(map(str, digits)) + str(check)
        style = rng.choice(("spaced", "plain", "dashed"))
        if style == "spaced":
            return f"{text[:3]} {text[3:6]} {text[6:]}"
        if style == "dashed":
            return f"{text[:3]}-{text[3:6]}-{text[6:]}"
        return text


def _value(slot: str, rng: random.Random) -> tuple[str, str | None]:
    """Return the text for a slot and its type (None for a look-alike that is not personal)."""
    pick = rng.choice
    n = rng.randint
    values = {
        "name": lambda: (pick(FIRST), "NAME"),
        "surname": lambda: (pick(SURNAMES), "NAME"),
        "fullname": lambda: (f"{pick(FIRST)} {pick(SURNAMES)}", "NAME"),
        "ambiguous": lambda: (pick(AMBIGUOUS), "NAME"),
        "outside": lambda: (pick(OUTSIDE), "NAME"),
        "title": lambda: (pick(TITLES), None),
        "phone": lambda: (
            pick(
                (
                    f"07{n(700, 999)} {n(100000, 999999)}",
                    f"0{n(113, 191)} {n(200, 999)} {n(1000, 9999)}",
                    f"07{n(700, 999)}{n(100000, 999999)}",
                    f"+44 7{n(700, 999)} {n(100000, 999999)}",
                    f"+44 (0)20 7{n(100, 999)} {n(1000, 9999)}",
                )
            ),
            "PHONE",
        ),
        "intl": lambda: (
            pick(
                (
                    "+1 212 736 1000",
                    "+33 1 42 68 53 00",
                    "+353 1 234 5678",
                    "+91 98765 43210",
                    "+48 512 345 678",
                    "+234 803 123 4567",
                )
            ),
            "PHONE",
        ),
        "nhs": lambda: (nhs_number(rng), "NHS NUMBER"),
        "badnhs": lambda: (nhs_number(rng, valid=False), None),
        "email": lambda: (
            pick(
                (
                    f"{pick(FIRST).lower()}.{pick(SURNAMES).lower()}@example.com",
                    f"{pick(FIRST).lower()}{n(1, 99)}@mail.co.uk",
                    f"{pick(SURNAMES).lower().replace(chr(39), '')}_{n(1, 9)}@nhs.net",
                )
            ),
            "EMAIL",
        ),
        "address": lambda: (f"{n(1, 250)} {pick(STREETS)} {pick(SUFFIXES)}", "ADDRESS"),
        "flat": lambda: (
            f"Flat {n(1, 20)}, {n(1, 99)} {pick(STREETS)} {pick(SUFFIXES)}",
            "ADDRESS",
        ),
        "town": lambda: (pick(("Durham", "Hartlepool", "Nottingham", "Mansfield", "Leeds")), None),
        "postcode": lambda: (_postcode(rng), "POSTCODE"),
        "ni": lambda: (_ni(rng), "NI NUMBER"),
        "dob": lambda: (_date(rng, n(1930, 2005)), "DATE OF BIRTH"),
        "visitdate": lambda: (_date(rng, n(2021, 2024)), None),
        "age": lambda: (str(n(60, 98)), None),
        "small": lambda: (str(n(1, 30)), None),
        "short": lambda: (pick(("999", "111", "NHS 111")), None),
        "dose": lambda: (pick(("5mg", "10 mg", "500mg", "2.5ml", "1g")), None),
        "time": lambda: (pick(("10:30", "3pm", "7.45am", "14:00", "midnight")), None),
        "money": lambda: (pick(("£4.50", "£12", "£1,200", "$20")), None),
        "year": lambda: (str(n(1995, 2024)), None),
        "hospital": lambda: (pick(HOSPITALS), None),
        "lower": lambda: (pick(("improve", "cut", "shorten")), None),
        "month": lambda: (pick(MONTHS), None),
        "wardname": lambda: (pick(WARDNAMES), None),
    }
    return values[slot]()


def _postcode(rng: random.Random) -> str:
    area = rng.choice(AREAS)
    outward = area if area[-1].isdigit() else f"{area}{rng.randint(1, 29)}"
    inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFHJLNPRT')}"
    code = rng.choice((f"{outward} {inward}", f"{outward}{inward}", f"{outward} {inward}".lower()))
    return code


def _ni(rng: random.Random) -> str:
    prefix = rng.choice(("AB", "JK", "PR", "SN", "YZ", "CE", "WL"))
    digits = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def _date(rng: random.Random, year: int) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        (
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year}",
            f"{day}.{month}.{year % 100:02d}",
            f"{day} {MONTHS[month - 1]} {year}",
            f"{day}th of {MONTHS[month - 1]} {year}",
        )
    )


def fill(template: str, rng: random.Random) -> dict:
    """Return one labelled sentence made from a template."""
    text, spans = "", []
    for piece in re.split(r"(\{\w+\})", template):
        if piece.startswith("{"):
            value, kind = _value(piece[1:-1], rng)
            if kind:
                spans.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += piece
    return {"text": text, "spans": spans, "source": "template"}


def parse_marked(line: str, source: str = "handwritten") -> dict:
    """Return a labelled sentence from a line marked up as {TYPE|text}."""
    text, spans, at = "", [], 0
    for m in MARK.finditer(line):
        text += line[at : m.start()]
        spans.append({"type": m.group(1), "start": len(text), "end": len(text) + len(m.group(2))})
        text += m.group(2)
        at = m.end()
    return {"text": text + line[at:], "spans": spans, "source": source}


def build() -> list[dict]:
    """Return every labelled sentence: hand-written, held-out, then generated."""
    rng = random.Random(SEED)
    items = []
    for name, source in (("handwritten.txt", "handwritten"), ("held_out.txt", "held-out")):
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        items += [parse_marked(line, source) for line in lines if line.strip() and line[0] != "#"]
    for i in range(GENERATED):
        template = TEMPLATES[i % len(TEMPLATES)] if i < len(TEMPLATES) else rng.choice(TEMPLATES)
        items.append(fill(template, rng))
    return items


def main() -> None:
    items = build()
    with (HERE / "labelled.jsonl").open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} labelled sentences")


if __name__ == "__main__":
    main()
