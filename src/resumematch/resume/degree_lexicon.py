"""The words of degrees: abbreviations and what they stand for, the written-out heads and the
field cues the degree grammar (:mod:`resumematch.resume.degree_grammar`) reads.

Kept apart from the grammar so that the tables a reviewer extends ("add DNP", "add a field
word") are in one place and the grammar's reading in another; the status cues ("expected",
"pursuing") are in :mod:`resumematch.resume.degree_status`.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "ABBREVIATION_AT",
    "ABBREVIATION_CANDIDATE",
    "AFTER_LICENCE",
    "AMBIGUOUS",
    "BY_LETTERS",
    "CERTIFIED_BEFORE",
    "COLON_OR_IN",
    "DASHES",
    "DEGREE_COMMA_BEFORE",
    "DEGREE_WORD",
    "DOTS_ONLY",
    "FIELD_BEFORE",
    "FIELD_OF_STUDY_WORDS",
    "FIELD_WORD",
    "FIELD_WORDS_MAX",
    "GED",
    "HEAD_PREFIXES",
    "KINDS",
    "LEVEL_OF_WORD",
    "LICENCE_AFTER",
    "MICROSOFT",
    "MONTHS",
    "MONTH_PREFIXES",
    "NAME_BEFORE",
    "NEXT_WORD",
    "NOT_A_FIELD",
    "NOT_BEFORE_HEAD",
    "NO_CAPITALS",
    "OF",
    "OF_IN",
    "PARENTHETICAL",
    "PRACTICE_NAME_BEFORE",
    "SCHOOL_AFTER",
    "SEPARATOR",
    "WORD_COMMA_BEFORE",
    "WORD_CUES",
    "WORD_HEAD",
    "abbreviation_key",
]

# --- abbreviations -----------------------------------------------------------------

ABBREVIATIONS: dict[str, tuple[str, str | None]] = {
    "BS": ("bachelor", None), "BSc": ("bachelor", None), "BA": ("bachelor", None), "AB": ("bachelor", None),
    "BBA": ("bachelor", "business administration"), "BSN": ("bachelor", "nursing"), "BFA": ("bachelor", "fine arts"),
    "BScN": ("bachelor", "nursing"), "BSW": ("bachelor", "social work"), "BEng": ("bachelor", None),
    "BTech": ("bachelor", None), "BE": ("bachelor", None), "BDS": ("bachelor", "dental surgery"),
    "BAS": ("bachelor", None), "BSBA": ("bachelor", "business administration"),
    "BSHA": ("bachelor", "health administration"), "BHA": ("bachelor", "health administration"),
    "AA": ("associate", None), "AS": ("associate", None), "AAS": ("associate", None),
    "ADN": ("associate", "nursing"), "ASN": ("associate", "nursing"),
    "MS": ("master", None), "MSc": ("master", None), "MA": ("master", None),
    "MBA": ("master", "business administration"),
    "MHA": ("master", "health administration"), "MPH": ("master", "public health"), "MSN": ("master", "nursing"),
    "MEd": ("master", "education"), "MPA": ("master", "public administration"), "MSW": ("master", "social work"),
    "MFA": ("master", "fine arts"), "MEng": ("master", None), "MTech": ("master", None),
    "ME": ("master", None), "MHSA": ("master", "health services administration"),
    "MSHA": ("master", "health administration"),
    "PhD": ("doctorate", None), "DNP": ("doctorate", "nursing"), "MD": ("doctorate", "medicine"),
    "EdD": ("doctorate", "education"), "PsyD": ("doctorate", "psychology"), "DPT": ("doctorate", "physical therapy"),
    "PharmD": ("doctorate", "pharmacy"), "DrPH": ("doctorate", "public health"), "DDS": ("doctorate", "dental surgery"),
    "DMD": ("doctorate", "dental medicine"), "JD": ("doctorate", "law"),
}  # fmt: skip
AMBIGUOUS = frozenset(
    {"BS", "BA", "AB", "AA", "AS", "MS", "MA", "MD", "ASN", "JD", "ME", "BE", "BAS", "MPA", "MSHA", "BHA"}
)
"""Undotted, these are also words, states, products or other credentials ("AS", "MA",
"MS Office", "JD Edwards", MSHA the Mine Safety and Health Administration): they need evidence.
Dotted (B.S., M.A.) they are degrees."""
DOTS_ONLY = frozenset({"AB", "BE", "ME"})
"""Only dotted (A.B., B.E., M.E.): undotted they are English words."""
NO_CAPITALS = frozenset({"MEd"})
"""No all-capitals spelling ("MED" is medical)."""


BY_LETTERS = {key.upper(): key for key in ABBREVIATIONS}

# --- written-out heads ----------------------------------------------------------------

WORD_HEAD = re.compile(
    r"(?<![\w.&'’-])(?:"
    r"(?P<word>(?i:bachelor|baccalaureate|master|associate|assoc\.?|doctor(?:ate|al)?))"
    r"(?P<plural>(?i:['’]s|s['’]?)?)(?![\w])"
    r"|(?P<hs>(?i:high[\s-]school\s+(?:diploma|graduate|equivalency)|h\.?s\.?\s+diploma"
    r"|secondary\s+school\s+diploma)"
    # "Diploma , 2010 Central High School", "Graduated, Roosevelt High School": a diploma or
    # a graduation from a school whose name ends in "High School" (capitalised words between).
    r"|(?i:diploma|graduated|graduate)[ \t]*[,:–—-]?[ \t]+(?i:from[ \t]+)?(?:\d{4}[ \t]*,?[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,4}(?i:high[ \t]+school)"
    # "Lincoln High School, Graduated 2009", "Lincoln High School – Diploma": the school first.
    r"|(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?i:high[ \t]+school)[ \t]*[,:–—-]?[ \t]*(?i:diploma|graduated|graduate))(?!\w)"
    r"|(?P<cert>(?i:certificate|diploma)\s+(?i:program\s+)?(?i:in|of)\s)"
    r")"
)
WORD_CUES = ("bachelor", "baccalaureate", "master", "assoc", "doctor", "diploma", "school", "certificate")
"""Lower-case strings one of which every written-out head contains."""
_ABBREVIATION_BODY = (
    r"(?=[A-Z.]|[a-z]{1,4}[A-Z.])[A-Za-z]{0,6}"
    r"(?:\.(?:\s?[A-Z](?![A-Za-z])|[A-Z][a-z]{0,4}(?![A-Za-z])))*\.?(?![\w&])"
)
ABBREVIATION_AT = re.compile(r"[ABDEGJMP]" + _ABBREVIATION_BODY)
"""What an abbreviation head looks like (two capitals, or a capital and a dot, within a
few letters); :func:`abbreviation_key` decides."""
NOT_BEFORE_HEAD = frozenset("_.&'’-")
AFTER_LICENCE = re.compile(r"(?<![\w.-])(?:RN|LPN|LVN)(?:[-/]|-to-)(?P<degree>[ABDM][A-Za-z]{1,4})(?![\w&-])")
"""A degree joined to a nursing licence written before it ("RN-BSN", "LPN/ADN", "RN-to-BSN"):
a head although a hyphen comes before it."""
FIELD_BEFORE = re.compile(r"[ \t•·▪●*>-]*(?P<field>[A-Z][A-Za-z&/ ]{1,60}?)[ \t]*,[ \t]*(?:(?:19|20)\d\d[ \t]*)?")
"""A field written before its degree at the start of the line, with a comma and perhaps a year
("Nursing, Associate of Applied Science"; the LiveCareer export "Nursing , 2012 Bachelor of
Science Wright State University")."""
SCHOOL_AFTER = re.compile(r"[ \t]+(?:College|University|School|Institute|Academy)\b", re.IGNORECASE)
"""A school's word right after what was read as a field: those words were the school's name."""
LICENCE_AFTER = re.compile(r"(?:RN|LPN|LVN)(?![\w-])")
"""A nursing licence right after a degree and a hyphen ("ASN-RN", "BS/RN"): the hyphen joins
two credentials, unlike "MS-DOS"."""
DASHES = frozenset("-–—")
GED = frozenset({"GED", "G.E.D.", "G.E.D"})


def _first_two_letters() -> str:
    """A look-ahead that passes only where the first two letters (dots and a space between
    them allowed) begin some abbreviation of the table or GED, as written or in capitals."""
    seconds: dict[str, set[str]] = {}
    for key in [*ABBREVIATIONS, "GED"]:
        for form in (key, key.upper()):
            seconds.setdefault(form[0], set()).add(form[1])
    return "|".join(
        f"(?<={first})(?:\\.\\s?)?[{''.join(sorted(letters))}]" for first, letters in sorted(seconds.items())
    )


ABBREVIATION_CANDIDATE = re.compile(r"[ABDEGJMP](?<![\w.&'’-].)(?=" + _first_two_letters() + ")" + _ABBREVIATION_BODY)
"""Where an abbreviation head can start, for the search over the whole text: the shape of
:data:`ABBREVIATION_AT`, at the start of a word (not after any of :data:`NOT_BEFORE_HEAD`),
with the first two letters of a known abbreviation. The search skips in C past the capitals
of headings and acronyms ("SUMMARY", "ACLS") that the grammar would read only to drop."""
LEVEL_OF_WORD = {
    "bachelor": "bachelor",
    "baccalaureate": "bachelor",
    "master": "master",
    "associate": "associate",
    "assoc": "associate",  # "Assoc. of Applied Science", "Assoc Degree": the level's short word
    "assoc.": "associate",
}
DEGREE_WORD = re.compile(r"\s+(?i:degree|diploma)\b")
OF_IN = re.compile(r"\s+(?i:of|in)\s+")
PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,15}\)")
SEPARATOR = re.compile(r"[ \t]*(?::|,|[-–—](?=\s))[ \t]*|\s+(?i:in)\s+")
OF = re.compile(r"\s+(?i:of)\s+")
CERTIFIED_BEFORE = re.compile(r"(?i:certified|registered)\s*$")
CONDITION_BEFORE = re.compile(
    r"(?i:\b(?:patients?|clients?|residents?|members?|individuals?|people|persons?|adults?|children|kids|veterans?)"
    r"\s+with|diagnosed\s+with|living\s+with|suffering\s+from)\s*$"
)
"""A condition, not a degree, after "patients with", "diagnosed with" ("a client with MS", "patients with MS, ALS")."""
NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+|&)[ \t]+$")
"""Two capitalised words or "&" right before a bare "Associates": a firm or practice's name."""
PRACTICE_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’]*[ \t]+$")
"""A capitalised word right before "Associates of" a place ("Pediatric Associates of Dallas")."""
WORD_COMMA_BEFORE = re.compile(r"[A-Za-z]\s*,\s*$")
DEGREE_COMMA_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.?){2,4},\s*$")
"""After "B.S.," an abbreviation is the next degree; after any other word and a comma, a state."""
COLON_OR_IN = re.compile(r"[ \t]*:[ \t]*|\s+(?i:in)\s+")
KINDS = (
    "applied sciences", "applied science", "applied arts", "fine arts", "liberal arts", "sciences", "science",
    "arts", "art", "philosophy", "engineering", "technology", "general studies",
)  # fmt: skip
"""What a degree is "of" when that is its kind, not its field ("Bachelor of Science : Nursing")."""
NOT_A_FIELD = frozenset(
    "at from with for to the a an on or by of in degree diploma program programme university college school "
    "institute academy center centre gpa graduated graduate honors honours magna summa cum laude dean's dean’s "
    "minor concentration coursework expected anticipated present current currently candidate pursuing "
    "completed completion ceremonies certificate student students faculty graduating".split()
)
MONTHS = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+['’]?\d|"
    r"(?i:spring|summer|fall|autumn|winter)\s+\d"
)
FIELD_WORD = re.compile(r"(?P<join>[ \t]*(?:/|&|\band\b)?[ \t]*)(?P<word>[A-Za-z][A-Za-z'’.-]*)")
FIELD_WORDS_MAX = 8
FIELD_OF_STUDY_WORDS = frozenset(
    """
    accounting administration administrative aging agriculture allied analysis analytics anatomy
    anthropology applied architecture art arts athletic audiology behavioral biochemistry biological
    biology biomedical biotechnology business care cardiopulmonary cardiovascular chemistry child
    childhood clinical coding communication communications community computer computing confidential
    counseling creative criminal criminology culinary cytotechnology data dental design diagnostic
    dietetics digital early economics education educational electrical electronic emergency
    engineering english entrepreneurship environmental epidemiology exercise family finance
    financial fine fitness food forensic general geography gerontology global graphic health
    healthcare history hospitality human humanities industrial informatics information
    interdisciplinary international journalism justice kinesiology laboratory language languages
    law leadership legal liberal life literature logistics management marketing mass mathematics
    mechanical media medical medicine mental microbiology molecular music natural network
    neuroscience nursing nutrition occupational operations organizational paralegal pastoral
    pharmaceutical pharmacy philosophy physical physics physiology planning policy political
    practical pre-med premed professional psychology public quality radiation radiologic
    radiography radiology recreation regulatory rehabilitation religion religious research
    resource resources respiratory risk safety science sciences secondary security services
    social sociology software special speech sport sports statistics studies supply surgical
    systems teaching technical technologies technology theatre theater theology therapeutic therapy
    tourism urban veterinary wellness women's writing
    """.split()
)
"""Words of fields of study. A field read up to a school's word ("Healthcare Management
Letourneau University") keeps only its first words that are these: the words after them
name the school."""
MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec spr sum fal aut win".split())
HEAD_PREFIXES = frozenset("bach bacc mast asso doct high seco".split())
"""How a written-out head that needs no evidence begins (a field word that does not is not one)."""

MICROSOFT = frozenset(
    [
        "office",
        "word",
        "excel",
        "access",
        "dos",
        "outlook",
        "powerpoint",
        "power",
        "project",
        "visio",
        "sql",
        "windows",
        "teams",
        "publisher",
        "dynamics",
        "exchange",
        "sharepoint",
        "server",
        "navision",
        "works",
        "paint",
        "money",
        "frontpage",
        "onenote",
    ]
)
NEXT_WORD = re.compile(r"[ \t]*(?P<word>[A-Za-z]+)")


def abbreviation_key(written: str) -> str | None:
    """The table's key for an abbreviation as written ("B.S." → "BS", "PHD" → "PhD"), if any."""
    letters = written.replace(".", "").replace(" ", "")
    key: str | None
    if letters in ABBREVIATIONS:
        key = letters
    else:
        key = BY_LETTERS.get(letters) if letters.isupper() else None
        if key is None or key in NO_CAPITALS or key.isupper():
            return None
    if key in DOTS_ONLY and "." not in written:
        return None
    return key
