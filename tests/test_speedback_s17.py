"""Another person's letters after a name still read after the cheap name-end check (seventeenth session, speed).

``NamedPeople`` first asks one cheap question of the text before a mention: does it end in a
capitalised word's comma and letters only? Each name form the two full readings know must pass
it, and a list item ("care coordination, RN") must stop there, as it did before.
"""

from __future__ import annotations

import pytest

from resumematch.match.named_people import NamedPeople
from resumematch.match.people_rules import default_people_rules
from resumematch.models import Status

_HEAD = "Jane Doe\nExperience\n"


def _status(line: str, mention: str) -> Status:
    """The status ``NamedPeople`` gives the last ``mention`` of ``line``, read under a heading."""
    text = f"{_HEAD}{line}\n"
    start = text.rindex(mention)
    statuses: list[Status] = ["affirmed"]
    sections = [(len("Jane Doe\n"), len(text), "experience")]
    NamedPeople(default_people_rules().name_labels).apply(text, [(start, start + len(mention))], statuses, sections)
    return statuses[0]


@pytest.mark.parametrize(
    ("line", "mention", "expected"),
    [
        ("Supervisor: Mary Smith, RN", "RN", "other_person"),
        ("Preceptor: John Brown, MSN, RN", "RN", "other_person"),
        ("Supervisor: Ann Smith-Jones, BSN, RN", "RN", "other_person"),
        ("Mentor: Dr. Kay Wu, DNP, FNP-BC", "FNP-BC", "other_person"),
        ("Worked for Dr. Amy Chen, FNP", "FNP", "other_person"),
        ("Skilled in care coordination, RN", "RN", "affirmed"),
        ("Certifications: BLS, ACLS, PALS", "PALS", "affirmed"),
        ("Charge Nurse, RN", "RN", "affirmed"),
    ],
)
def test_name_end_check_keeps_the_readings(line: str, mention: str, expected: Status) -> None:
    assert _status(line, mention) == expected
