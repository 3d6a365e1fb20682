"""Whether a statement of a posting asks something of the candidate at all.

Kept apart from ``statements.py`` (the facts of a statement that is a requirement: kind,
years, degree) because these rules sort a posting's sentences before any fact is read:
what the employer says of itself, what the holder will do, a sentence that addresses the
candidate, one that asks outright wherever it stands, and one that says what is *not*
needed ("No degree required").
"""

from __future__ import annotations

import re

__all__ = [
    "asks_the_candidate",
    "firmly_asks_the_candidate",
    "is_a_duty_or_lead_in",
    "is_about_the_employer",
    "is_equal_opportunity_statement",
    "is_requirement_like",
    "not_needed_at",
    "offers_or_names_a_contact",
    "states_no_need",
    "states_the_employers_values",
]

# Whom "we value" when it describes the hire ("We value personal qualities such as kindness",
# "We value candidates who ..."), not the employer's creed ("We value kindness and respect").
PERSON_VALUED = (
    r"(?:(?:the\s+)?(?:personal\s+)?(?:qualities|attributes|candidates?|applicants?|people|individuals?|"
    r"staff|someone|anyone|those|colleagues|team\s+members?|employees?|experience|skills?)\b)"
)

_CUES = re.compile(
    r"\b(must|required?|requires|need(?:s|ed)?|should|minimum|at least|years?|degree|diploma|bachelor|"
    r"master|associate|certifi|licen[sc]|experience|proficien|knowledge of|ability to|familiarity|"
    r"prefer|a plus|nice to have|ideally|qualifications?|essential|desirable|advantageous|skills?|abilit(?:y|ies)|"
    r"able to|knowledge|understanding of|you will have|you(?:'|’)ll have|you should|"
    r"registration|registered|qualified|competen|literacy|numeracy|fluent|bilingual|right to work|disclosure|"
    r"dbs|driving licen[cs]e|driver(?:'|’)?s licen[cs]e|willing(?:ness)?|commitment to|passion|demonstrat|"
    r"motivat|team player|appreciation of|proven|adept at|capable of|necessary|or equivalent|attributes|"
    r"qualities|expected\s+to\s+be)\w*",
    re.IGNORECASE,
)


# What a posting says of the employer, the team, the pay, the hours or the application,
# and what it offers the candidate: none of it is asked of the candidate, even under a
# requirements heading ("About you" often opens with the team the candidate will join).
_ABOUT_THE_EMPLOYER = re.compile(
    r"^\W*(?:we|our|us)\b(?!\s+(?:are|'re|’re)\s+(?:\w+ly\s+)?(?:looking|seeking|searching|recruiting)|\s+(?:require|need|want|expect)\b)"
    r"|^\W*(?:the|this)\s+(?:trust|hospital|service|services|unit|ward|team|department|division|practice|clinic|"
    r"company|organi[sz]ation|programme|program|centre|center|rehabilitation)\b(?!.{0,60}\b(?:candidate|applicant|you)\b)"
    r"|\b(?:you will be offered|in return|we offer|opportunit(?:y|ies) (?:to|for)|will be recognised|salary|"
    r"per annum|per hour|pension|annual leave|benefits? (?:include|package)|welcome bonus|"
    r"how to apply|apply (?:now|online|by)|need not apply|application form|click on|closing date|"
    r"informal visits?|(?<!point of )contact\b|equal opportunit|committed to (?:equality|diversity)|"
    # US equal-employment text and open invitations ("All qualified applicants will receive
    # consideration for employment without regard to race ...", "New graduates are welcome to apply")
    r"without regard to|consideration for employment|"
    # people sent to another post or page ("RNs: please see our other openings", "please see
    # our volunteer page rather than applying here"): how to apply, asked of no one
    r"(?:see|view)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:openings|vacancies|jobs|posts|positions|roles|adverts?)\b|"
    r"rather\s+than\s+apply|"
    # the law's notices ("Applications from job seekers who require Skilled Worker sponsorship
    # are welcome", "Reasonable accommodations are available"): no ask a resume can show; a
    # check every applicant must pass ("subject to an enhanced DBS check") stays one (sections)
    r"\bsponsorship\b|\breasonable\s+accommodations?\b|"
    # what the role or a programme is part of, and who funds it ("The CRNA is part of the
    # clinical team that ...", "... is an important part of providing care", "The Initiative
    # is funded by the state"), and what may stand in for an ask ("Equivalent experience may be
    # substituted for the education requirements"): context, not an ask
    r"\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?part\s+of\b|\b(?:is|are)\s+funded\s+by\b|"
    r"\bmay\s+be\s+substituted\s+for\b|"
    # a telephone or e-mail to contact ("Telephone number 0163...", "email your CV to"), not the
    # skill asked ("telephone manner", "answering the telephone", "Word and email are essential")
    r"(?:telephone|phone|e-?mail)(?:\s+(?:number|no\b|address|us|me|him|her|them|your|a\s+cv|on\b)|\s*[:(+\d])|"
    # what the employer pays for or gives the new starter, and where duties take place
    r"(?:met|paid|covered|funded|reimbursed)\s+by\s+the\s+(?:trust|employer|company|organi[sz]ation|practice)|"
    r"will\s+(?:assist|support|help|offer|provide|give)\s+(?:you|your)\b|supernumerary|induction\s+(?:period|programme|program)|"
    r"\bduties\s+will\b|we(?:'d|\s+would)?\s+(?:want|love|like)\s+to\s+(?:talk|hear|speak))"
    # a ward or unit described: "Patience Ward is a 27 bedded mixed urology ward", "An 18 bedded unit"
    r"|\b\d+[- ]?bed(?:ded|s)?\b|^\W*(?!you\b)(?:[\w'’-]+\s+){1,6}(?:is|are)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:ward|unit|hospital|clinic|practice|department|trust|service|cent(?:er|re)|organi[sz]ation|agency|charity|non-?profit)s?\b"
    r"|^\W*this\s+is\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}(?:post|role|position|opportunity)\b",
    re.IGNORECASE,
)
_NO_WORDS = re.compile(r"^\W*$|^[\d\s/().+-]*$")
# An equal-opportunity statement ("We are a Disability Confident Leader and guarantee an
# interview to disabled applicants", "does not discriminate on the basis of ... disability"):
# the employer's pledge, whose words ("Leader", "disability", "veteran") ask nothing.
_EQUAL_OPPORTUNITY = re.compile(
    r"\b(?:equal\s+(?:opportunit(?:y|ies)|employment)|disability\s+confident|does\s+not\s+discriminate|"
    r"without\s+regard\s+to|protected\s+(?:characteristic|status|class)|under-?represented|"
    r"guarantee(?:d|s)?\s+(?:an\s+)?interview)",
    re.IGNORECASE,
)


# What the holder will do ("You will provide clinical leadership", "The successful
# candidate will be responsible for ..."), and a line that only leads in to a list
# ("Apply to this position if you are:").
_DUTY = re.compile(
    r"\b(?:you|the\s+(?:successful\s+)?(?:candidate|applicant|post\s*holder|role|postholder))\s+will\s+"
    r"(?!(?:have|be|need|hold|possess|demonstrate|bring|understand|know|ideally|already|also\s+(?:have|be|need))\b)\w+"
    r"|\bwill\s+(?:be\s+)?(?:responsible|have\s+responsibility|be\s+expected\s+to\s+(?!have|be\b)|be\s+required\s+to\s+"
    r"(?:work|travel|participate|cover|undertake\s+shifts))"
    r"|:\s*-?\s*$",
    re.IGNORECASE,
)
# A sentence of prose states a requirement only when it addresses the candidate or says
# what is needed; descriptions of a ward, a service or a programme do not.
_ASKS = re.compile(
    r"\b(?:you|your|candidates?|applicants?|post\s*holder|postholder|individuals?|person|someone|"
    r"must|should|essential|required|requirements?|requires?|desirable|preferred|preferably|minimum|at least|"
    r"ideally|ideal|need(?:s|ed)?|will have|will be|looking for|seeking|years?\s+of|degree|diploma|"
    r"necessary|abilit(?:y|ies)\s+to|able\s+to|years?(?:'|’)?\s+experience|experience\s+(?:in|of|with|working)|"
    r"certifi(?:ed|cation)|licen[cs]ed?|registration|qualifications?)\b",
    re.IGNORECASE,
)
# "Have a person centred ethos ...", "Hold a current licence": what the candidate is told to have.
_IMPERATIVE_ASK = re.compile(r"\W*(?:have|hold|possess|demonstrate|understand|show)\s", re.IGNORECASE)
_PHONE = re.compile(r"\b\d{4,5}\s?\d{5,7}\b")


def is_a_duty_or_lead_in(statement: str) -> bool:
    """Whether a statement says what the holder will do, or only leads in to a list."""
    return _DUTY.search(statement) is not None


def asks_the_candidate(sentence: str) -> bool:
    """Whether a sentence of prose addresses the candidate or says what is needed."""
    return _ASKS.search(sentence) is not None or _IMPERATIVE_ASK.match(sentence) is not None


# "The successful candidate therefore must be competent in ...", "This position requires a
# Bachelor's Degree": a sentence that firmly asks something of the candidate, wherever it stands.
_FIRM_ASK = re.compile(
    r"\b(?:(?:the\s+)?successful\s+(?:candidate|applicant|post\s*holder)|the\s+(?:candidate|post\s*holder|postholder)|"
    r"you|applicants?|candidates?)\s+(?:\w+\s+)?(?:must|will\s+need\s+to|will\s+be\s+required\s+to|should)\s+"
    r"(?:be|have|hold|possess|demonstrate|show)\b|"
    r"\bthis\s+(?:position|post|role|job)\s+requires\b",
    re.IGNORECASE,
)


def firmly_asks_the_candidate(sentence: str) -> bool:
    """Whether a sentence of prose states a requirement outright, so that it counts even
    outside the posting's requirements sections (in its introduction)."""
    return _FIRM_ASK.search(sentence) is not None


# An open invitation ("New graduates are welcome to apply") asks nothing, unless the sentence
# also says what is wanted ("Medicaid knowledge is preferred, and Spanish speakers are
# encouraged to apply").
_INVITATION = re.compile(r"\b(?:welcome|welcomed|encouraged)\s+to\s+apply\b", re.IGNORECASE)
_STATES_A_WISH = re.compile(r"\b(?:preferred|required|essential|desirable|a\s+plus|must)\b", re.IGNORECASE)


def is_about_the_employer(statement: str) -> bool:
    """Whether a statement describes the employer, the role's pay, hours or application, or
    what the post offers, rather than asking something of the candidate."""
    return (
        _NO_WORDS.match(statement) is not None
        or _ABOUT_THE_EMPLOYER.search(statement) is not None
        or _PHONE.search(statement) is not None
        or (_INVITATION.search(statement) is not None and _STATES_A_WISH.search(statement) is None)
    )


# What the post offers the hire and whom to ask about it ("We offer a full induction and
# clinical competency training", "In return you will receive ...", "For an informal chat please
# contact Lorna Bates, Community Nursing Team Leader", a line with an e-mail address or a
# telephone number): the terms there are the employer's
# training and the contact's title, not the hire's work (fourteenth session, second round).
_OFFERED_OR_CONTACT = re.compile(
    r"^\W*(?:in\s+return,?\s+)?we\s+(?:can\s+|will\s+|also\s+|are\s+able\s+to\s+)?offer\b"
    r"|\byou\s+will\s+(?:be\s+offered|receive)\b|\bin\s+return\b|\bwhat\s+we\s+(?:can\s+)?offer\b"
    r"|\bfor\s+(?:an?\s+)?(?:informal|further)\s+(?:chat|discussion|visit|conversation|information|enquiries|details)\b"
    r"|\bplease\s+(?:contact|call|phone|e-?mail|ring)\b"
    # the training the employer gives, by its agent or its passive ("We will train you in ECGs",
    # "Full training in phlebotomy will be given", "You will be supported to undertake your NVQ",
    # "the opportunity to complete a mentorship qualification"): the hire need not bring it
    r"|\bwe\s+(?:will|can|would)\s+(?:also\s+)?(?:train|fund|sponsor|pay\s+for|put\s+you\s+through|support\s+you)\b"
    r"|\btraining\b[^.;]{0,60}?\b(?:will|can|shall)\s+be\s+(?:\w+\s+)?(?:given|provided|offered)\b"
    r"|\byou\s+will\s+be\s+(?:supported|funded|trained|given\s+(?:the\s+)?opportunit)"
    r"|\bopportunit(?:y|ies)\s+(?:to|for)\s+(?:\w+\s+)?(?:develop|complete|undertake|gain|train|study|achieve)"
    r"|\b(?:role|post|position)\s+offers\b"
    # a contact's line: an e-mail address or a telephone number ("Gareth Milne, Admin Team
    # Leader - gareth.milne@trust.nhs.uk - 01632 960 733", "(555) 201-3344")
    r"|[\w.+-]+@[\w-]+\.[\w.-]+|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b",
    re.IGNORECASE,
)


# The employer's values ("We value kindness, respect and teamwork", "Our values: kind, open,
# better together", "The Trust's values are ..."): a creed of the employer, which asks nothing
# of the hire, unlike a person specification's line ("Able to work as part of a team",
# "Committed to the Trust values") or a description of whom it values ("We value personal
# qualities such as kindness", "We value candidates who ...", read by ``hire.py``;
# fourteenth session, third round).
_VALUES = re.compile(
    r"^\W*(?:(?:here\s+)?at\s+[\w&'’ -]{2,40},\s*)?we\s+(?:all\s+|truly\s+|deeply\s+|really\s+)?value\s+"
    rf"(?!{PERSON_VALUED})"
    r"|^\W*(?:our|the\s+(?:trust|organi[sz]ation|practice|company|clinic|hospital)(?:'s|’s)?)\s+"
    r"(?:core\s+|shared\s+)?values\b(?!\s+and\s+behaviou?rs?\s+(?:are|is)\s+(?:essential|required))",
    re.IGNORECASE,
)


def states_the_employers_values(statement: str) -> bool:
    """Whether a statement is the employer's values ("We value compassion, respect and
    teamwork"): the qualities it names are the employer's creed, not asks of the hire."""
    return _VALUES.search(statement) is not None


def offers_or_names_a_contact(statement: str) -> bool:
    """Whether a statement says what the post offers the hire or whom to contact: its terms
    (an induction's "training", a contact's "Team Leader") ask nothing of the hire."""
    return _OFFERED_OR_CONTACT.search(statement) is not None


def is_requirement_like(sentence: str) -> bool:
    """Whether a prose sentence states a requirement (for postings written as one paragraph)."""
    return bool(_CUES.search(sentence)) or _IMPERATIVE_ASK.match(sentence) is not None


# "No degree required", "Degree not required", "You do not need a clinical background": the
# posting says what it does not ask for.
_NOT_NEEDED = re.compile(
    r"^\W*(?:no|none)\b[^.;:]{0,50}?\b(?:required|needed|necessary)\b|\bnot\s+(?:required|needed|necessary)\b"
    r"|\b(?:do|does|will)\s+not\s+need\b|\b(?:don|doesn|won)['’]t\s+need\b|\bno\s+need\s+(?:for|to)\b",
    re.IGNORECASE,
)
# Where a clause ends inside a statement: "You do not need a clinical background; you will
# work alongside nurses", "Degree not required, but Epic experience is essential".
_CLAUSE_END = re.compile(r"[.;:!?\n]|\bbut\b|\bhowever\b", re.IGNORECASE)
# A clause that says what is not needed yet welcomes it ("preferred but not required") still asks it.
_WELCOMED = re.compile(
    r"\b(?:prefer\w*|a\s+plus|helpful|desir\w*|advantage\w*|ideal\w*|bonus|beneficial|nice\s+to\s+have)\b",
    re.IGNORECASE,
)


def states_no_need(statement: str) -> bool:
    """Whether the statement says something is *not* needed ("No degree required"): a
    statement a recruiter screens on, which every resume meets."""
    return _NOT_NEEDED.search(statement) is not None


# After the colon of a not-needed clause, words that make the next clause an ask of its own
# ("No experience needed: CNA certification required").
_ASKS_AGAIN = re.compile(
    r"\b(?:required|requires?|must|essential|need(?:s|ed)?|should|prefer\w*|a\s+plus|experience)\b", re.IGNORECASE
)


def _clause_start(text: str, before: int) -> tuple[int, re.Match[str] | None]:
    """Where the clause holding ``before`` starts (looking back at most 200 characters), and
    the clause end that starts it, if any."""
    start, mark = max(0, before - 200), None
    for found in _CLAUSE_END.finditer(text, start, before):
        start, mark = found.end(), found
    return start, mark


def not_needed_at(text: str, start: int, end: int) -> bool:
    """Whether the clause holding ``text[start:end]`` says that what it names is not needed
    ("You do not need a clinical background", "No prior experience required"), and does not
    welcome it either ("Degree preferred but not required" still asks a degree, as preferred):
    a term named so is no ask of the posting. The clause ends at a sentence mark, a line
    break or "but"/"however", so the other clause of "No degree needed; CNA required" asks."""
    clause_start, mark = _clause_start(text, start)
    after = _CLAUSE_END.search(text, end, end + 200)
    clause = text[clause_start : after.start() if after else min(len(text), end + 200)]
    if _NOT_NEEDED.search(clause.strip()) is not None and _WELCOMED.search(clause) is None:
        return True
    # "You do not need a clinical background: our clinical team screens every nurse": after
    # the colon, the reason it is not needed, naming who does that work; not a clause that
    # asks ("No experience needed: CNA certification required").
    if mark is None or mark.group() != ":" or _ASKS_AGAIN.search(clause):
        return False
    before = text[_clause_start(text, mark.start())[0] : mark.start()]
    return _NOT_NEEDED.search(before.strip()) is not None and _WELCOMED.search(before) is None


def is_equal_opportunity_statement(statement: str) -> bool:
    """Whether the statement is the employer's equal-opportunity pledge, which asks nothing."""
    return _EQUAL_OPPORTUNITY.search(statement) is not None
