"""The shipped clinical-coordinator vocabulary covers what its seed texts name.

``tests/data/clinical-coordinator-coverage.txt`` lists phrases copied verbatim from the
career guide and the sample job posting the vocabulary was built from, each with the
term id it must map to. The seed texts live outside the repository
(``../shared/seeds``); the tests that need them skip when they are absent.

The matcher runs through spaCy directly (``nlp.add_pipe("resumematch_terms")``), so
these tests depend only on the vocabulary, the loader and the matcher component.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from resumematch.match.vocabulary import Vocabulary, load_vocabulary
from resumematch.models import CATEGORIES

ROLE = "clinical-coordinator"
SPANS_KEY = "resumematch_terms"
HERE = Path(__file__).resolve().parent
COVERAGE_FILE = HERE / "data" / f"{ROLE}-coverage.txt"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED_FILES = (f"{ROLE}-career-guide.txt", f"{ROLE}-job-description.txt")


def _coverage() -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(COVERAGE_FILE.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        phrase, sep, term_id = line.partition("\t")
        assert sep and phrase.strip() and term_id.strip(), f"line {number} is not 'phrase<TAB>term-id': {line!r}"
        rows.append((phrase.strip(), term_id.strip()))
    return rows


COVERAGE = _coverage()


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _seed_texts() -> dict[str, str]:
    missing = [name for name in SEED_FILES if not (SEEDS / name).is_file()]
    if missing:
        pytest.skip(f"../shared/seeds not present: {SEEDS} lacks {', '.join(missing)}")
    return {name: (SEEDS / name).read_text("utf-8") for name in SEED_FILES}


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary(ROLE)


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("resumematch_terms", config={"vocab_sources": [ROLE]})
    return pipeline


def _ids(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)  # keep the Doc alive while its span group is read
    return {span.id_ for span in doc.spans[SPANS_KEY]}


# --- (1) the vocabulary itself -------------------------------------------------------


def test_shipped_vocabulary_loads_with_every_category(vocabulary: Vocabulary) -> None:
    assert vocabulary.roles == ("Clinical Coordinator",)
    assert len(vocabulary) >= 150
    assert {term.category for term in vocabulary} == set(CATEGORIES)


def test_coverage_file_is_big_and_names_known_terms(vocabulary: Vocabulary) -> None:
    assert len(COVERAGE) >= 130
    unknown = sorted({term_id for _, term_id in COVERAGE if term_id not in vocabulary})
    assert not unknown, f"coverage file names term ids the vocabulary lacks: {unknown}"
    assert len(set(COVERAGE)) == len(COVERAGE), "duplicate coverage lines"


@pytest.mark.parametrize(
    ("term_id", "expected"),
    [
        ("epic", {"ehr"}),
        ("cerner", {"ehr"}),
        ("meditech", {"ehr"}),
        ("mychart", {"epic", "ehr", "patient-portal"}),
        ("acls", {"life-support-certification"}),
        ("bsn", {"bachelors-degree", "nursing-degree"}),
        ("pmp", {"project-management-certification", "project-management"}),
        ("ms-excel", {"ms-office"}),
        ("nurse-practitioner", {"registered-nurse", "nurse"}),
        # hands-on procedures are patient care; a nurse's title is nursing experience (issue #18)
        ("wound-care", {"patient-care"}),
        ("medication-administration", {"patient-care"}),
        ("iv-therapy", {"patient-care"}),
        ("adl-assistance", {"patient-care"}),
        ("postoperative-care", {"patient-care"}),
        ("charge-nurse", {"nurse", "nursing-experience"}),
    ],
)
def test_broader_links(vocabulary: Vocabulary, term_id: str, expected: set[str]) -> None:
    assert expected <= set(vocabulary.ancestors(term_id))


# --- (2) every coverage phrase is really in the seed texts ----------------------------


@pytest.mark.parametrize(("phrase", "term_id"), COVERAGE, ids=[f"{p}->{t}" for p, t in COVERAGE])
def test_coverage_phrase_is_verbatim_from_a_seed(phrase: str, term_id: str) -> None:
    texts = _seed_texts()
    needle = _normalise(phrase)
    assert any(needle in _normalise(text) for text in texts.values()), f"{phrase!r} is not in the seed texts"


# --- (3) the matcher maps each phrase to its term -------------------------------------


@pytest.mark.parametrize(("phrase", "term_id"), COVERAGE, ids=[f"{p}->{t}" for p, t in COVERAGE])
def test_matcher_finds_term_in_phrase(nlp: Language, phrase: str, term_id: str) -> None:
    assert term_id in _ids(nlp, phrase), f"{phrase!r} alone did not yield {term_id!r}"
    sentence = f"Experience: {phrase}."
    assert term_id in _ids(nlp, sentence), f"{sentence!r} did not yield {term_id!r}"


# --- (4) the seed texts as a whole yield every covered term ---------------------------


def test_seed_texts_yield_every_covered_term(nlp: Language) -> None:
    texts = _seed_texts()
    found: set[str] = set()
    for text in texts.values():
        found |= _ids(nlp, text)
    missing = sorted({term_id for _, term_id in COVERAGE} - found)
    assert not missing, f"the seed texts did not yield: {missing}"


def test_guide_alone_yields_the_terms_of_its_phrases(nlp: Language) -> None:
    guide = _seed_texts()[SEED_FILES[0]]
    normalised = _normalise(guide)
    expected = {term_id for phrase, term_id in COVERAGE if _normalise(phrase) in normalised}
    missing = sorted(expected - _ids(nlp, guide))
    assert not missing, f"the career guide did not yield: {missing}"


# --- (5) negatives: ambiguous and case-sensitive forms --------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We set out on an epic journey across the country.", {"epic"}),
        ("Migrated the ERP systems to the cloud.", {"emergency-department"}),
        ("Deployed services on GCP and AWS with Terraform.", {"gcp"}),
        # held-out audit: "research" is not a clinical word ("Research Areas" of an ML CV)
        ("Infrastructure: Kubernetes, AWS, GCP\nResearch Areas: model compression", {"gcp"}),
        # a compound's modifier is never read first with "of": "records management" is not
        # "record of managing" (the idiom "a track record of managing")
        ("A proven track record of managing three outpatient clinics.", {"record-keeping"}),
        ("Strong record of leading sales teams.", {"record-keeping"}),
        ("Checked in with patients by phone after discharge.", {"patient-intake"}),
        ("Led a team of 5 software engineers.", {"staff-supervision"}),
        ("Worked on a team of 12 RNs.", {"staff-supervision"}),
        ("Sales OR marketing experience preferred.", {"operating-room"}),
        ("Our outlook for the year is positive.", {"ms-outlook"}),
        ("Students who excel in math are welcome.", {"ms-excel"}),
        ("Put the word out to the team.", {"ms-word"}),
        ("Data source: BLS, 2022-2032 projections for managers.", {"bls"}),
        ("the rn value is stored in the config", {"registered-nurse"}),
        ("He treated every patient with care.", {"empathy"}),
        ("Clinical staff and administrative staff", {"staffing"}),
        # Forms of the terms added for the career guide that mean something else here.
        ("Advanced user of MS Office, MS Word and MS Project.", {"masters-degree"}),
        ("Jackson, MS 39201", {"masters-degree"}),
        ("Led bug triage for the platform team.", {"triage"}),
        ("Built telemetry pipelines with OpenTelemetry and Grafana.", {"telemetry"}),
        ("Ran L&D programs and onboarding for 300 new employees.", {"obstetrics"}),
        ("Processed RMA requests for returned laptops.", {"rma"}),
        ("Solved NP-hard routing problems with heuristics.", {"nurse-practitioner"}),
        ("Took maternity leave from 2019 to 2020.", {"obstetrics"}),
        ("Completed discharge paperwork and home-care instructions.", {"home-health"}),
        ("LTC John Smith, U.S. Army, battalion logistics officer", {"long-term-care"}),
        ("Strong nursing skills and clinical judgement.", {"long-term-care"}),
        ("Took care of personal errands for the executive team.", {"adl-assistance"}),
        ("Filed reports with the U.S. Food & Drug Administration.", {"medication-administration"}),
        ("Assessed health and safety risks on the warehouse floor.", {"patient-assessment"}),
        ("Worked at Luton and Dunstable Hospital (L&D) as a porter.", {"obstetrics"}),
    ],
)
def test_forms_without_evidence_do_not_match(nlp: Language, text: str, absent: set[str]) -> None:
    assert not (absent & _ids(nlp, text))


def test_c_programming_matches_nothing(nlp: Language) -> None:
    assert _ids(nlp, "C programming") == set()


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Charted patient visits in Epic and reviewed EHR alerts.", "epic"),
        ("Maintained GCP and ICH compliance for three clinical trials.", "gcp"),
        ("Research Assistant\nSkills: GCP, data entry, REDCap", "gcp"),
        ("Verification of insurance for every new patient.", "insurance-verification"),
        ("Arranged interviews for candidates across three sites.", "staff-hiring"),
        ("Checked in up to 45 patients a day and scanned insurance cards.", "patient-intake"),
        ("Check-in new patients and verify their coverage.", "patient-intake"),
        ("Lead a team of 8 to 10 RNs and patient care technicians each shift.", "staff-supervision"),
        ("Managed a team of up to 15 medical assistants.", "staff-supervision"),
        ("Circulating RN in the OR for two years.", "operating-room"),
        ("Triage nurse in a busy ER.", "emergency-department"),
        ("Proficient in Word, Excel and Outlook.", "ms-word"),
        ("Assigned ICD-10 and CPT codes; audited CPT modifiers for billing.", "cpt-codes"),
        ("Current BLS certification (AHA).", "bls"),
        ("Registered Nurse (RN), BSN, current ACLS and PALS.", "registered-nurse"),
        ("Supervised nursing staff of 12 and scheduled patient appointments.", "staff-supervision"),
        ("Supervised nursing staff of 12 and scheduled patient appointments.", "appointment-scheduling"),
        ("Prepared patient reports and completed discharge paperwork.", "patient-reports"),
        ("Prepared patient reports and completed discharge paperwork.", "discharge-paperwork"),
        ("Coordinated with physicians on treatment plans.", "provider-coordination"),
        ("Maintained medical records in Cerner PowerChart.", "medical-records"),
        ("Maintained medical records in Cerner PowerChart.", "cerner"),
        ("Experienced with athenaOne, eClinicalWorks, NextGen and Allscripts.", "athenahealth"),
        ("Obtained an ECG and recorded vital signs.", "ekg"),
        ("Oversees nursing staff on two units.", "staff-supervision"),
        ("Manages the supplies and inventory for the clinic.", "inventory-management"),
        ("Telemetry RN on a 30-bed step-down unit.", "telemetry"),
        ("Postpartum and L&D nurse for four years.", "obstetrics"),
        ("CCU nurse: coronary care and post-cath patients.", "critical-care"),
        ("BS in Biology, Ohio State University, 2015", "bachelors-degree"),
        ("BA, Psychology; minor in Spanish; GPA 3.6", "bachelors-degree"),
        ("AA degree in General Studies, Sinclair Community College", "associate-degree"),
        ("CPR and First Aid certified", "cpr"),
        ("CPR and First Aid certified", "first-aid"),
        ("FNP-BC; NP in a busy primary care clinic, prescribing for 25 patients a day.", "nurse-practitioner"),
        ("RMA (AMT) certified medical assistant; phlebotomy and EKGs.", "rma"),
        ("Assisted residents with daily living and personal care.", "adl-assistance"),
        ("Triage of walk-in patients by acuity.", "triage"),
        ("Completed discharge paperwork, including home care services referrals.", "home-health"),
        ("Charge nurse in a 60-bed LTC facility.", "long-term-care"),
    ],
)
def test_resume_phrasings_match(nlp: Language, text: str, present: str) -> None:
    assert present in _ids(nlp, text)


# Aliases and abbreviations a real resume uses, each mapped to its term.
RESUME_FORMS = {
    # "EMR" alone is ambiguous ("Amazon EMR"): it counts beside a clinical word.
    "ehr": [
        "EHR",
        "EMR charting",
        "electronic health records",
        "electronic medical records",
        "electronic patient record",
    ],
    "epic": ["Epic Systems", "EpicCare"],
    "cerner": ["Cerner", "Oracle Health", "Cerner PowerChart", "PowerChart"],
    "meditech": ["Meditech", "MEDITECH Expanse"],
    "athenahealth": ["athenahealth", "athenaOne"],
    "eclinicalworks": ["eClinicalWorks"],
    "allscripts": ["Allscripts"],
    "nextgen": ["NextGen"],
    "ekg": ["EKG", "ECG", "electrocardiogram"],
    "bls": ["Basic Life Support"],
    "acls": ["ACLS", "Advanced Cardiovascular Life Support", "Advanced Cardiac Life Support"],
    "pals": ["PALS certification", "Pediatric Advanced Life Support"],  # bare PALS: with a credential word
    "cpr": ["CPR"],
    "registered-nurse": ["RN", "Registered Nurse", "RGN", "registered general nurse", "RMN"],
    "licensed-practical-nurse": ["LPN", "LVN", "licensed vocational nurse", "practical nurse"],
    "bsn": ["BSN", "Bachelor of Science in Nursing"],
    "adn": ["ADN", "Associate Degree in Nursing"],
    "msn": ["MSN"],
    "cmaa": ["CMAA", "Certified Medical Administrative Assistant"],
    "ccma": ["CCMA", "Certified Clinical Medical Assistant"],
    "ccrc": ["CCRC"],
    "ccrp": ["CCRP"],
    "capm": ["CAPM"],
    "cphq": ["CPHQ"],
    "ccm": ["CCM"],
    "hipaa": ["HIPAA"],
    "gcp": ["Good Clinical Practice"],
    "ich": ["ICH"],
    "irb": ["IRB"],
    "fda-regulations": ["FDA"],
    "joint-commission": ["Joint Commission", "JCAHO"],
    "osha": ["OSHA"],
    "ms-office": ["MS Office", "Microsoft Office"],
    "ms-excel": ["Microsoft Excel", "MS Excel"],
    "ms-word": ["Microsoft Word"],
    "ms-outlook": ["Microsoft Outlook"],
    "ms-powerpoint": ["PowerPoint"],
    "icd-10": ["ICD-10"],
    "cpt-codes": ["CPT codes"],
    "medical-terminology": ["medical terminology"],
    "phlebotomy": ["phlebotomy", "venepuncture"],
    "vital-signs": ["vital signs"],
    "appointment-scheduling": ["patient scheduling", "schedule patient appointments", "scheduled patient appointments"],
    "insurance-verification": ["insurance verification"],
    "discharge-planning": ["discharge planning"],
    "care-coordination": ["care coordination"],
    "case-management": ["case management"],
    "utilization-review": ["utilization review"],
    "quality-improvement": ["quality improvement"],
    "staff-scheduling": ["staff scheduling"],
    "budgeting": ["budgeting"],
    "patient-reports": ["prepare patient reports", "prepared patient reports"],
    "discharge-paperwork": ["complete discharge paperwork", "completed discharge paperwork"],
    "provider-coordination": ["coordinate with physicians", "coordinated with physicians"],
    "medical-records": ["maintain medical records", "maintained medical records"],
    "staff-supervision": ["supervise nursing staff", "supervised nursing staff"],
    # Terms added for the career guide, and the wordings US and UK resumes use for them.
    "doctorate": ["PhD", "Ph.D.", "DNP", "Doctor of Philosophy", "Doctor of Nursing Practice", "doctorate"],
    "high-school-diploma": ["High School Diploma", "GED", "high school equivalency"],
    "bachelors-degree": ["Bachelor of Science", "Bachelor of Arts", "B.S.", "B.A.", "BSc", "BBA"],
    "associate-degree": ["Associate of Applied Science", "Associate of Arts", "A.A.S.", "AAS"],
    "masters-degree": ["Master of Science", "Master of Business Administration", "MBA", "M.S.", "MSc"],
    "certified-nursing-assistant": [
        "Certified Nursing Assistant",
        "CNA",
        "STNA",
        "nursing assistant",
        "nurse aide",
        "healthcare assistant",
    ],
    "rma": ["Registered Medical Assistant"],
    "emt": ["EMT", "Emergency Medical Technician", "EMT-B", "NREMT"],
    "first-aid": ["First Aid", "first aid certified", "first aider"],
    "nurse-practitioner": ["Nurse Practitioner", "Family Nurse Practitioner", "FNP", "FNP-C", "PMHNP"],
    "english-language-test": ["IELTS", "TOEFL", "Occupational English Test"],
    "patient-care": ["patient care", "direct patient care", "bedside care", "person-centred care"],
    "oncology": ["oncology", "hematology/oncology", "chemotherapy", "cancer care"],
    "cardiology": ["cardiology", "cardiac care", "cath lab"],
    "pediatrics": ["pediatrics", "paediatrics", "pediatric", "Peds"],
    "geriatrics": ["geriatrics", "gerontology", "elderly care", "care of the elderly", "dementia care"],
    "critical-care": ["critical care", "intensive care unit", "ICU", "NICU", "CVICU", "high dependency unit"],
    "med-surg": ["medical-surgical", "med-surg", "med/surg", "med surg"],
    "telemetry": ["cardiac telemetry", "telemetry unit", "cardiac monitoring"],
    "obstetrics": [
        "obstetrics",
        "labor and delivery",
        "labour and delivery",
        "postpartum",
        "mother-baby",
        "maternity ward",
        "midwifery",
    ],
    "mental-health": ["mental health", "behavioral health", "behavioural health", "psychiatry"],
    "home-health": ["home health", "home healthcare", "home health aide", "domiciliary care", "at home patients"],
    "long-term-care": [
        "long-term care",
        "long term care",
        "nursing home",
        "nursing homes",
        "skilled nursing facility",
        "SNF",
        "assisted living",
        "residential care",
    ],
    "primary-care": ["primary care", "family medicine", "family practice", "GP surgery"],
    "outpatient-care": ["outpatient care", "ambulatory care", "outpatient clinic"],
    "rehabilitation": ["rehabilitation", "rehab", "inpatient rehabilitation", "stroke rehabilitation"],
    "wound-care": ["wound care", "dressing changes", "wound management", "tissue viability"],
    "medication-administration": [
        "medication administration",
        "administered medications",
        "med pass",
        "medication rounds",
    ],
    "iv-therapy": [
        "IV therapy",
        "intravenous therapy",
        "IV starts",
        "cannulation",
        "peripheral IVs",
        "central lines",
        "PICC line",
    ],
    "triage": ["telephone triage", "patient triage"],
    "specimen-collection": ["specimen collection", "collected specimens", "specimen processing"],
    "patient-assessment": ["patient assessment", "assessed patients", "head-to-toe assessments"],
    "care-planning": ["care planning", "care plans", "plan of care", "plans of care"],
    "adl-assistance": ["activities of daily living", "ADLs", "assisted with ADLs"],
    "customer-service": ["customer service", "customer care", "client services"],
    "spanish": ["Spanish", "fluent in Spanish", "bilingual Spanish", "Spanish-speaking"],
    "vocational-training": [
        "Valley Regional Occupational Program",
        "Nursing Diploma",
        "Diploma in Nursing",
        "Certificate-Diploma",
        "a technical school",
    ],
    "practice-management-software": ["Medisoft", "Lytec"],
    "postoperative-care": ["pre- and post-operative", "post-op care"],
    "health-services-manager": ["healthcare executive"],
}


@pytest.mark.parametrize(
    ("form", "term_id"),
    [(form, term_id) for term_id, forms in RESUME_FORMS.items() for form in forms],
)
def test_resume_alias_matches(nlp: Language, form: str, term_id: str) -> None:
    assert term_id in _ids(nlp, form)
