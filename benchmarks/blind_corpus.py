"""Write resumes with planted identity details, for ``benchmarks/blind_review.py``.

Every resume (seeded, several healthcare and other roles) states its owner's identity in
each of the forms issue #24 lists: the name (accents, hyphens, apostrophes, particles,
"LAST, FIRST", under a "RESUME" heading, repeated later, spelled in an e-mail), plain
and obfuscated e-mails, phones, social handles, a street address and a place, an age, a
birth date, pronouns, gender, marital status, religion, nationality and a photo
reference. :func:`make_people` returns each resume's text with the list of what was
planted (``Planted(kind, value)``) and what must survive redaction (skills, employers).

    python benchmarks/blind_corpus.py OUT_DIR [-n 60]   # writes .txt, .pdf and .docx of each
"""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path
from typing import NamedTuple

import docx
from make_corpus import pdf_bytes  # the same Latin-1 text PDF as the speed corpus

FIRST = [
    ("José", "he"),
    ("María", "she"),
    ("Zoë", "she"),
    ("François", "he"),
    ("Jürgen", "he"),
    ("Renée", "she"),
    ("Anne-Marie", "she"),
    ("Siobhán", "she"),
    ("Joaquín", "he"),
    ("Chloé", "she"),
    ("Björn", "he"),
    ("Inés", "she"),
    ("Oluwaseun", "they"),
    ("Priya", "she"),
    ("Tomasz", "he"),
    ("Grace", "she"),
    ("Rose", "she"),
    ("Dmitri", "he"),
    ("Aoife", "she"),
    ("Kwame", "he"),
    ("Mei-Ling", "she"),
    ("Alex", "they"),
]
LAST = [
    "Núñez",
    "Fernández",
    "O'Connor",
    "D'Angelo",
    "Smith-Jones",
    "van der Berg",
    "de la Cruz",
    "Müller",
    "Lefèvre",
    "Brontë",
    "Okonkwo",
    "Raghunathan",
    "Kowalczyk",
    "Baker",
    "Young",
    "Ó Briain",
    "Nakamura",
    "MacLeod",
    "Adeyemi",
    "Castellanos",
    "Lindqvist",
    "Haddad",
]
ROLES = {
    "Registered Nurse": ["BLS", "ACLS", "Epic EHR", "discharge planning", "IV therapy", "patient education"],
    "Clinical Research Coordinator": ["GCP", "IRB submissions", "REDCap", "informed consent", "clinical trials"],
    "Medical Assistant": ["phlebotomy", "vital signs", "CPR", "scheduling", "EHR documentation"],
    "Pharmacy Technician": ["medication reconciliation", "inventory management", "HIPAA", "customer service"],
    "Software Engineer": ["Python", "Django", "PostgreSQL", "AWS", "Docker", "REST APIs"],
    "Staff Accountant": ["QuickBooks", "Microsoft Excel", "GAAP", "account reconciliation"],
    "Teacher": ["lesson planning", "classroom management", "Google Classroom", "differentiated instruction"],
    "Paralegal": ["legal research", "Westlaw", "document review", "case management"],
}
EMPLOYERS = ["Mercy General Hospital", "Northside Clinic", "Acme Analytics", "Riverbend School District",
             "Harper & Lowe LLP", "Summit Health Partners", "Bluewater Pharmacy"]  # fmt: skip
PLACES = [  # (street address, place line, city, city as an employer's line gives it)
    ("12 Oak Street, Apt 4B", "Austin, TX 78701", "Austin", "Austin, TX"),
    ("4401 Elm Avenue", "Springfield, Illinois 62704", "Springfield", "Springfield, IL"),
    ("PO Box 1234", "Denver, CO 80202", "Denver", "Denver, Colorado"),
    ("Flat 2, 10 Meadow Close", "Leeds LS1 4AP, United Kingdom", "Leeds", "Leeds, UK"),
    ("Hauptstraße 5", "10115 Berlin, Germany", "Berlin", "Berlin, Germany"),
    ("77 Sunset Blvd., Suite 300", "Los Angeles, CA 90028", "Los Angeles", "Los Angeles, CA"),
    ("221 Baker Street", "Manchester M1 1AE, UK", "Manchester", "Manchester, England"),
    ("9 Rue Lafayette Place", "Toronto, Ontario", "Toronto", "Toronto, ON"),
]
RELIGIONS = [
    ("Religion: {w}", "Catholic"), ("Volunteer, First {w} Church youth group", "Baptist"),
    ("Active member of St. Luke's {w} Church", "Lutheran"), ("Faith: {w}", "Muslim"),
    ("Volunteer at the {w} Community Center", "Jewish"), ("Sunday school teacher ({w})", "Methodist"),
    ("Religious affiliation: {w}", "Hindu"), ("{w} temple volunteer", "Sikh"),
]  # fmt: skip
NATIONALITIES = [
    ("Nationality: {w}", "German"), ("{w} citizen", "US"), ("Citizenship: {w}", "Canadian"),
    ("{w} national", "British"), ("{w} passport holder", "Indian"), ("Citizen of {w}", "Brazil"),
    ("Naturalized {w} citizen", "American"), ("Nationality: {w}", "Nigerian"),
]  # fmt: skip


_PLAIN = str.maketrans("éèëüöñíóáúçà", "eeeuonioauca")


class Planted(NamedTuple):
    """One identity detail written into a resume: its kind and the text that must not be shown."""

    kind: str
    value: str


class Person(NamedTuple):
    """A generated resume: its text, what was planted in it, and what must be kept."""

    slug: str
    text: str
    planted: tuple[Planted, ...]
    kept: tuple[str, ...]
    header: str  # the DOCX header, when the contact lines go there


def _pick(rng: random.Random, items: list[str]) -> str:
    return items[rng.randrange(len(items))]


def _person(index: int, rng: random.Random) -> Person:
    first, pronoun = FIRST[index % len(FIRST)]
    last = LAST[(index * 7 + 3) % len(LAST)]
    role = list(ROLES)[index % len(ROLES)]
    skills = ROLES[role]
    employer = EMPLOYERS[index % len(EMPLOYERS)]
    street, place, city, work_place = PLACES[index % len(PLACES)]
    age = rng.randint(23, 64)
    born = 2026 - age
    day, month = rng.randint(1, 28), rng.choice(["March", "May", "July", "October", "December"])
    plain_first = first.lower().translate(_PLAIN).replace("-", "")
    plain_last = last.lower().translate(_PLAIN).replace("'", "")
    plain_last = plain_last.replace(" ", "").replace("-", "")
    planted: list[Planted] = []

    def plant(kind: str, value: str) -> str:
        planted.append(Planted(kind, value))
        return value

    shown_first, shown_last = first, last
    form = index % 8
    if form in (1, 3):
        shown_first, shown_last = first.upper(), last.upper()
    name_line = {
        0: f"{first} {last}",
        1: f"{shown_first} {shown_last}",
        2: f"{last}, {first}",
        3: f"{shown_last}, {shown_first}",
        4: f"{first} {rng.choice('ABCJKLMR')}. {last}, RN",
        5: f"RESUME\n{first} {last}",
        6: f"CURRICULUM VITAE\n{first} {last}",
        7: f"Résumé\nName: {first} {last}",
    }[form]
    for word in (first, *last.replace("'", " ").split()):
        if word.lower() not in ("van", "der", "de", "la", "o", "d", "ó"):
            plant("name", word)
    pronoun_set = {"she": "she/her", "he": "he/him", "they": "they/them"}[pronoun]
    if index % 3 == 0:
        name_line += f" ({plant('pronoun', pronoun_set)})"
    email = [
        f"{plain_first}.{plain_last}@gmail.com",
        f"{plain_first} at gmail dot com",
        f"{plain_first}.{plain_last} [at] mailbox [dot] org",
        f"{plain_first}{plain_last}{age}(at)yahoo(dot)com",
        f"{plain_first[0]}{plain_last} at outlook.com",
    ][index % 5]
    plant("email", email)
    if plain_last in email:
        plant("name", plain_last)  # the name spelled in an e-mail
    phone = [
        "(512) 555-0187", "512-555-0143", "512.555.0199", "+1 512 555 0110", "+44 20 7946 0958",
        "07700 900123", "+49 (0)30 1234567", "5125550172", "+1-512-555-0166 ext. 12",
    ][index % 9]  # fmt: skip
    plant("phone", phone)
    handle = f"{plain_first}.{plain_last}{index}"
    social = [
        f"Skype: {handle}", f"XING: {first}_{plain_last}", f"Twitter: @{plain_first}{index}",
        f"X: @{plain_last}{index}", f"Instagram: @{handle}", f"linkedin.com/in/{plain_first}-{plain_last}",
        f"Skype {handle}", f"https://www.xing.com/profile/{plain_first}_{plain_last}",
    ][index % 8]  # fmt: skip
    plant("social", social.split()[-1].split("/")[-1].lstrip("@"))
    plant("address", street)
    plant("place", city)
    contact = [street + ", " + place, f"{email} | Tel: {phone}", social]
    age_text = [f"{age}-year-old", f"Age: {age}", f"aged {age}", f"{age} years old", f"{age} y/o"][index % 5]
    plant("age", str(age))
    birth_text = [
        f"DOB: {day:02d}/03/{born}", f"Date of birth: {day} {month} {born}", f"Born: {month} {day}, {born}",
        f"born {born}", f"born on {day} {month} {born} in Lagos", f"Birthday: {born}-03-{day:02d}",
    ][index % 6]  # fmt: skip
    plant("birth_date", birth_text.split(": ")[-1].removeprefix("born ").removeprefix("on "))
    gender_text = {
        "she": ["Gender: Female", "Sex: F", "mother of two", "female"],
        "he": ["Gender: Male", "Sex: M", "father of three", "male"],
        "they": ["Gender: Non-binary", "Gender: Nonbinary", "Gender: Non-binary", "Gender: Nonbinary"],
    }[pronoun][index % 4]
    plant("gender", gender_text.split(": ")[-1])
    marital_text, marital_word = [
        ("Marital status: Married", "Married"), ("married with two children", "married"),
        ("Marital status: Single", "Single"), ("Divorced", "Divorced"), ("Family status: Widowed", "Widowed"),
    ][index % 5]  # fmt: skip
    plant("marital", marital_word)
    religion_form, religion_word = RELIGIONS[index % len(RELIGIONS)]
    plant("religion", religion_word)
    nationality_form, nationality_word = NATIONALITIES[(index * 3) % len(NATIONALITIES)]
    plant("nationality", "US citizen" if nationality_word == "US" else nationality_word)
    photo = [
        f"Photo: {plain_first}_{plain_last}_headshot.jpg", "[Photo]", "photo.jpg", "(photo attached)",
        "headshot.png", f"Picture: IMG_{index:04d}.JPEG",
    ][index % 6]  # fmt: skip
    plant("photo", photo.split(": ")[-1].strip("[]()"))

    details = [
        f"Pronouns: {plant('pronoun', pronoun_set)}" if index % 3 == 1 else "",
        birth_text,
        gender_text if ":" in gender_text else "",
        age_text if ":" in age_text else "",
        marital_text if ":" in marital_text else "",
        nationality_form.format(w=nationality_word),
        photo,
    ]
    she = {"she": "She", "he": "He", "they": "They"}[pronoun]
    if pronoun != "they":
        plant("pronoun", she)
    summary = (
        f"{last} is a {'' if ':' in age_text else age_text + ' '}{role.lower()} "
        f"{'' if ':' in marital_text else marital_text + ', '}"
        f"{'' if ':' in gender_text else gender_text + ', '}with eight years of experience. "
        f"{she} is skilled in {', '.join(skills[:3])}."
    )
    lines = [
        *name_line.split("\n"),
        *contact,
        " | ".join(d for d in details if d),
        "Summary",
        summary,
        "Experience",
        f"{role}, {employer}, {work_place}, 2017 - 2025",
        f"- {skills[0]} and {skills[1]} every day; {first} trained new staff in {skills[-1]}.",
        f"- Used {', '.join(skills[2:])}.",
        "Education",
        f"Bachelor's degree, State University, {born + 22}",
        "Volunteering",
        religion_form.format(w=religion_word),
        "Authorized to work in the US; no sponsorship required.",
        f"References from {first}'s former manager on request.",
    ]
    header = ""
    if index % 4 == 3:  # the contact lines in the DOCX header, as many templates do
        header = " | ".join(contact)
    kept = (*skills, employer, role, "Authorized to work", "sponsorship")
    slug = f"person-{index:03d}"
    return Person(slug, "\n".join(lines), tuple(planted), tuple(kept), header)


def make_people(n: int = 60, *, seed: int = 24) -> list[Person]:
    """``n`` seeded resumes with planted identity details."""
    rng = random.Random(seed)
    return [_person(index, rng) for index in range(n)]


def docx_bytes(text: str, header: str = "") -> bytes:
    """A DOCX of ``text``; with ``header``, the contact lines go to the page header instead."""
    document = docx.Document()
    lines = text.splitlines()
    if header:
        document.sections[0].header.paragraphs[0].text = header
        lines = [line for line in lines if line not in header.split(" | ")]
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_people(folder: Path, people: list[Person]) -> dict[str, list[Path]]:
    """Each resume as ``.txt``, ``.pdf`` and ``.docx`` in ``folder``: the paths by format."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, list[Path]] = {"txt": [], "pdf": [], "docx": []}
    for person in people:
        writers = {
            "txt": lambda p=person: p.text.encode("utf-8"),
            "pdf": lambda p=person: pdf_bytes(p.text),
            "docx": lambda p=person: docx_bytes(p.text, p.header),
        }
        for kind, write in writers.items():
            path = folder / f"{person.slug}.{kind}"
            path.write_bytes(write())
            paths[kind].append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=60)
    args = parser.parse_args()
    written = write_people(args.folder, make_people(args.n))
    print(f"wrote {sum(len(v) for v in written.values())} files to {args.folder}")
