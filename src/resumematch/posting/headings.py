"""A posting's headings: which section names make their statements required, preferred,
duties or no requirement at all.

Kept apart from ``lines.py`` (which lines are headings) and ``layout.py`` (statements) because
these rules are a vocabulary of section names, read one heading at a time.
"""

from __future__ import annotations

import re

from ..models import RequirementKind
from .statements import statement_kind

__all__ = [
    "CANDIDATE_LEAD_IN",
    "PREFERRED_HEADING",
    "QUESTION_HEADING",
    "REQUIRED_HEADING",
    "heading_kind",
    "is_section_name",
    "offers_section",
    "opens_section",
]

PREFERRED_HEADING = re.compile(
    r"^\W*(preferred|desired|desirable|bonus|nice[- ]to[- ]have|additional|plus|ideal(?:ly)?|"
    r"the ideal candidates?)\b.*$",
    re.IGNORECASE,
)
REQUIRED_HEADING = re.compile(
    r"^\W*(requirements?|required|qualifications?|minimum qualifications|basic qualifications|"
    r"requirements and qualifications|what you need|what you(?:'|’)ll need|who you are|must[- ]haves?|"
    r"skills|education|experience|essential|about you|person specification|what you(?:'|’)ll bring|"
    r"what you will bring|what we(?:'|’)re looking for|what we are looking for|"
    # the employer's side of the same list ("What we need:", "What we require")
    r"what we need|what we require|what we(?:'|’)re seeking|what we are seeking|what you bring|"
    r"who we(?:'|’)re looking for|who we are looking for|what we look for|"
    # a requirements heading with a qualifier ("Job Requirements", "Minimum Requirements",
    # "Your Qualifications"), and the licences a US posting lists under a heading of their own
    r"(?:job|minimum|position|special|your|candidate|applicant)\s+(?:requirements?|qualifications?)|"
    r"licen[sc](?:e|es|ure|ing)|certifications?|credentials|competenc(?:y|ies)|"
    r"you will have|you(?:'|’)ll have|you will need|you(?:'|’)ll need|key skills|knowledge|"
    # the checks every applicant must pass, which UK postings give a section of their own
    r"disclosure|dbs|pre-employment checks|right to work|"
    # "You are…", "You're:", "You have:", "You bring:" alone: the list of what the hire is or has
    r"you\s+are(?=\W*$)|you(?:'|’)re(?=\W*$)|you\s+(?:have|bring)(?=\W*$))\b.*$",
    re.IGNORECASE,
)
# Sections whose statements are no requirements: what the job does, and what the
# employer says of itself, pays, offers or asks of an application.
_NOT_REQUIREMENT_HEADING = re.compile(
    r"^\W*(responsibilities|duties|main duties|key responsibilities|what you(?:'|’)ll do|what you will do|"
    # US postings' duties under the ADA's name ("Essential Functions", "Essential Job Functions")
    r"essential (?:job )?functions|"
    r"the role|about the role|role overview|job (?:purpose|summary|overview|description)|position summary|"
    r"overview|(?:your\s+)?day[- ]to[- ]day|your day|about us|about (?!you\b)\w+|"
    r"who we are|our (?:values|mission|team)|benefits|what we offer|perks|compensation|salary|pay|"
    r"how to apply|to apply|application process|equal opportunit(?:y|ies)|diversity|location|schedule|"
    r"working hours|hours|closing date|contact|additional information|why join us|interview)\b\W*$",
    re.IGNORECASE,
)
# A heading that names duties, or what the employer gives, anywhere ("Additional
# responsibilities", "Primary job duties", "Why Cygnet? We'll offer you…", "What we would
# like to give you:").
_DUTIES_NAMED = re.compile(
    r"\b(?:responsibilit(?:y|ies)|duties|what you(?:'|’)ll do|what you will do|benefits|perks"
    r"|we(?:'|’)ll\s+(?:\w+\s+)?(?:offer|give)|we\s+(?:\w+\s+){0,3}?(?:offer|give)\s+you)\b",
    re.IGNORECASE,
)
# A heading put as a question ("What skills and experience will you need to apply?"): it
# asks of the candidate when it names what is needed.
QUESTION_HEADING = re.compile(r"^\W*(?:what|who|which)\b[^.!:]{0,100}\?\s*$", re.IGNORECASE)
_QUESTION_ASKS = re.compile(
    r"\b(?:skills?|experience|qualifications?|requirements?|need|looking\s+for|bring|knowledge|criteria)\b",
    re.IGNORECASE,
)
# ... and asks it of the reader ("What Skills Do Effective Clinical Coordinators Have?" heads an
# article's paragraph, not a posting's requirements).
_QUESTION_TO_YOU = re.compile(r"\b(?:you|your|we\s+(?:are\s+)?looking\s+for|are\s+we\s+looking\s+for)\b", re.IGNORECASE)
# A line that leads in to a list of what is asked of the candidate ("Apply to this position
# if you are:", "The successful candidate will have:"): it heads that list as a requirements
# heading does, however many words it has.
CANDIDATE_LEAD_IN = re.compile(
    r"^\W*(?!.*\b(?:will\s+(?:do|be\s+responsible)|duties|responsibilit))"
    r".{0,80}\b(?:if\s+you(?:\s+are|\s+have|(?:'|’)re)|you\s+(?:will|should|must)\s+(?:ideally\s+|also\s+)?(?:have|be|bring|need)|"
    r"you(?:'|’)ll\s+(?:ideally\s+|also\s+)?(?:have|be|bring|need)|"
    r"candidates?\s+(?:will|should|must)\s+(?:ideally\s+|also\s+)?(?:have|be|bring)|"
    r"(?:we(?:'|’)re|we\s+are)\s+looking\s+for)\b[^.]{0,40}:\s*$",
    re.IGNORECASE,
)


def heading_kind(heading: str) -> tuple[RequirementKind, bool]:
    """The kind a heading gives the statements under it, and whether they are requirements."""
    if _NOT_REQUIREMENT_HEADING.match(heading) or _DUTIES_NAMED.search(heading):
        return "required", False
    if heading.endswith("?"):
        # "What skills and experience will you need to apply?", "What can we offer you?"
        asks = _QUESTION_ASKS.search(heading) is not None and _QUESTION_TO_YOU.search(heading) is not None
        return statement_kind(heading) if asks else "required", asks
    if PREFERRED_HEADING.match(heading):
        return "preferred", True
    if REQUIRED_HEADING.match(heading):
        return "required", True
    if CANDIDATE_LEAD_IN.match(heading):
        return statement_kind(heading), True
    return "required", False


def is_section_name(line: str) -> bool:
    """Whether the whole line is a section's name (not a sentence that starts with one)."""
    name = line.rstrip(":").strip().lower()
    for pattern in (PREFERRED_HEADING, REQUIRED_HEADING, _NOT_REQUIREMENT_HEADING):
        found = pattern.match(name)
        if found and len(name.split()) <= len(found.group(1).split()) + 1:
            return True
    return False


def opens_section(heading: str) -> bool:
    """Whether prose under the heading may still state a requirement outright ("The
    successful candidate must ..."): not under duties, benefits or about-us, nor under a
    question put to the reader ("What Skills Do Effective Clinical Coordinators Have?"
    heads an article)."""
    return not (_NOT_REQUIREMENT_HEADING.match(heading) or _DUTIES_NAMED.search(heading) or heading.endswith("?"))


# A section of what the employer gives the hire ("Benefits", "What we offer", "In return we
# offer you:", "Why Cygnet? We'll offer you...", "Why Comfort Keepers", "Why join us?").
_OFFERS = re.compile(
    r"^\W*(?:(?:our\s+|your\s+|employee\s+|staff\s+)?benefits?|perks|rewards?|compensation|"
    r"salary|pay\s+and\s+benefits|why\s+(?:join|work|choose)\b|why\s+(?-i:[A-Z])\w*|"
    r".{0,40}\b(?:we\s+(?:\w+\s+){0,3}?(?:offer|give|provide)|we(?:'|’)ll\s+(?:\w+\s+)?(?:offer|give)|"
    r"what\s+(?:we|you)\s+(?:\w+\s+){0,2}?(?:offer|get|receive)|in\s+return))\b",
    re.IGNORECASE,
)


def offers_section(heading: str) -> bool:
    """Whether the heading opens a section of what the employer gives ("Support for BSc and
    MSc", "Paid training and free CEUs", "Tuition reimbursement for nursing programs"):
    its lines ask the candidate for nothing, not even as the field of the job."""
    return _OFFERS.match(heading) is not None and not REQUIRED_HEADING.match(heading)


# A section describing the employer, its unit or team ("About Us", "About Hearthstone Home
# Health", "About the ward", "Who we are", "Our mission", "Company overview"), not the
# candidate or the post ("About you", "About the role").
_DESCRIBES_THE_EMPLOYER = re.compile(
    r"^\W*(?:about\s+(?!you\b|the\s+(?:role|job|position|post|opportunity)\b|this\s+(?:role|job|position|post)\b)"
    r"|who\s+we\s+are\b|our\s+(?:mission|story|history|vision|values)\b|company\s+(?:overview|profile|description)\b)",
    re.IGNORECASE,
)


def describes_the_employer(heading: str) -> bool:
    """Whether the heading opens a description of the employer, its unit or its team: its
    sentences ask nothing unless they speak to the candidate."""
    return _DESCRIBES_THE_EMPLOYER.match(heading) is not None and not REQUIRED_HEADING.match(heading)
