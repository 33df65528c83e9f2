"""Fictional people for the demo: the same names every run, and contact details that reach nobody.

Names come from Faker (en_GB) with a fixed seed. Email addresses use the example.org and
example.com domains kept for documentation (RFC 2606). Phone numbers come from Ofcom's
ranges kept for drama (0117 496 0xxx and 0118 496 0xxx: the 01632 960 and 07700 900
ranges are refused by the phone number check people.services uses). Postcodes use the
area "WY", which no real postcode has.
"""

import re

from faker import Faker

SEED = 2026
TOWNS = ("Ashcombe", "Millbrook", "Harrowfield", "Castlebridge", "Marsh End", "Wyvern Green")
STREETS = (
    "Orchard Way",
    "Mill Lane",
    "Church Road",
    "Station Road",
    "The Crescent",
    "Elm Grove",
    "Victoria Street",
    "Meadow Close",
    "Brook Lane",
    "Priory Walk",
    "Kingsway",
    "Willow Drive",
)


class FictionalPeople:
    """Hand out unique fictional names and contact details, in a repeatable order."""

    def __init__(self, seed: int = SEED):
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)
        self.random = self.fake.random
        self.used: set[str] = set()
        self.numbers = {"0117": 0, "0118": 0}

    def reserve(self, name: str) -> str:
        """Keep a fixed name (for the sign-in identities) out of the generated ones."""
        self.used.add(name)
        return name

    def name(self, doctor: bool = False) -> str:
        """Return a full name nobody else in the demo has."""
        while True:
            name = f"{self.fake.first_name()} {self.fake.last_name()}"
            if name not in self.used:
                self.used.add(name)
                return f"Dr {name}" if doctor else name

    def email(self, name: str, domain: str) -> str:
        """Return an address at a documentation domain, built from the name."""
        words = [re.sub(r"[^a-z]", "", part.lower()) for part in name.split() if part != "Dr"]
        return f"{words[0]}.{words[-1]}@{domain}"

    def phone(self, prefix: str = "0117") -> str:
        """Return the next unused number in a drama range, formatted as the services store it."""
        self.numbers[prefix] += 1
        return f"{prefix} 496 0{self.numbers[prefix]:03d}"

    def address(self) -> str:
        """Return a postal address in Wyvern Vale."""
        pick = self.random.choice
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{self.random.randint(1, 120)} {pick(STREETS)}\n{pick(TOWNS)}\n"
            f"WY{self.random.randint(1, 9)} {self.random.randint(1, 9)}"
            f"{pick(letters)}{pick(letters)}"
        )

    def lay_partner(self, name: str | None = None, email: str | None = None) -> dict:
        """Return the details of a lay partner with lived experience as a patient or carer."""
        name = self.reserve(name) if name else self.name()
        roll = self.random.random()
        values = {
            "full_name": name,
            "kind": "lay_partner",
            "patient_experience": roll < 0.75,
            "carer_experience": roll >= 0.45,
            "phone": self.phone("0117"),
            "postal_address": self.address(),
        }
        has_email = email is not None or self.random.random() < 0.85
        values["email"] = email or (self.email(name, "example.com") if has_email else "")
        if not has_email:
            values["preferred_contact"] = self.random.choice(["phone", "post"])
        elif self.random.random() < 0.15:
            values["preferred_contact"] = "phone"
        else:
            values["preferred_contact"] = "email"
        return values

    def professional(self, kind: str, doctor: bool = False) -> dict:
        """Return the details of someone taking part through their work."""
        name = self.name(doctor=doctor)
        return {
            "full_name": name,
            "kind": kind,
            "email": self.email(name, "example.org"),
            "phone": self.phone("0118"),
            "preferred_contact": "email",
        }
