"""Boundaries of the rules fixed on the 'fields' probe set (issue #18), on lines none of its resumes holds.

The probe set (``benchmarks/data/probe/fields``: ten resumes from fields outside healthcare)
found that clinical words used of animals are credited as the candidate's human clinical
work: a veterinary assistant's venipuncture, triage, vital signs, IV catheters, ICU and
pet CPR. A clinical hard skill, duty, certificate or licence within eight words of an animal
word on its line (canine, feline, equine, animals, pets, livestock, dogs, cats, horses, cattle,
veterinary, veterinarian, DVM, ...) is the animal's care, not the candidate's human
clinical skill. Lines that must still credit the term sit beside them: a human-clinic
resume that volunteered at an animal shelter, a PET scan, pet therapy visits.
The same set found: a budget named with its amount ("Manage a $90K production budget"); the
workers of other fields as the people one hires, trains, mentors or supervises (trainers,
cooks, paralegals, apprentices, engineers, ...); "analytical" and "organized" in a list of
adjectives; a minor is not a degree ("Minor in Public Health"); and a unit named as a building
or a public-relations subject ("a new emergency department and ICU wing", "Pitched stories
on the new pediatric ICU") is not where the candidate worked.
Counts: benchmarks/README.md, "Probe set, fields".
"""

from __future__ import annotations

import pytest
from conftest import held as _held


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # human clinical work beside an animal line, or a word that only looks like one
        (
            "Performed venipuncture on adult and pediatric patients.\nVolunteered at the county animal shelter.",
            "phlebotomy",
        ),
        ("Volunteer, Humane Society dog walking program\nTook vital signs on 20 residents per shift.", "vital-signs"),
        ("Started peripheral IVs on the oncology unit.", "iv-therapy"),
        ("Prepared patients for PET scans and gave IV therapy for contrast.", "iv-therapy"),
        ("Performed triage of walk-in patients in a busy urgent care.", "triage"),
        ("Coordinated pet therapy visits and recorded vital signs for residents.", "vital-signs"),
        ("American Heart Association BLS and CPR, current.", "cpr"),
        ("Provided wound care for dog bites and lacerations in the ED.", "wound-care"),
        ("Performed triage of animal bites and minor injuries at the urgent care.", "triage"),
        ("Took vital signs on residents during therapy dog visits.", "vital-signs"),
        ("Scheduled MRI and PET exams and verified insurance benefits.", "insurance-verification"),
        # other fields' general terms
        ("Managed a $2.5M annual operating budget for the store.", "budgeting"),
        ("Oversaw a $400K training budget.", "budgeting"),
        ("Mentored four junior paralegals on discovery.", "mentoring"),
        ("Supervised 12 cooks across two shifts.", "staff-supervision"),
        ("Trained 30 apprentices on shop safety each year.", "staff-training"),
        ("Creative, organized and calm under deadlines.", "organizational-skills"),
        ("Analytical, detail oriented and persuasive.", "analytical-skills"),
        ("Bachelor of Science in Public Health, 2018", "public-health"),
        # a unit where the candidate worked, not one being built or publicised
        ("Charge nurse on the ICU wing at night for three years.\nFloated to the ED.", "emergency-department"),
        ("Staff RN in the emergency department during its expansion.", "emergency-department"),
    ],
)
def test_human_clinical_work_is_held(text: str, term_id: str) -> None:
    assert _held(text, term_id)


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # clinical words used of animals
        ("Drew blood from horses and goats for Coggins testing.", "phlebotomy"),
        ("Jugular venipuncture on canine and feline patients.", "phlebotomy"),
        ("Monitored vital signs of dogs recovering from anesthesia.", "vital-signs"),
        ("Inserted IV catheters in cats under veterinarian supervision.", "iv-therapy"),
        ("Triaged sick animals arriving at the emergency clinic.", "triage"),
        ("Wound care and bandage changes for livestock.", "wound-care"),
        ("Gave oral medications and injections to boarded pets.", "medication-administration"),
        ("Pet CPR and First Aid, Red Cross", "cpr"),
        ("Worked overnight in the veterinary ICU.", "critical-care"),
        ("Equine emergency triage on farm calls with the DVM.", "triage"),
        # a minor, a building, a press story
        ("B.A. Sociology, minor in Public Health", "public-health"),
        ("Public Health minor", "public-health"),
        ("Safety lead for a $60M oncology and cardiology tower.", "oncology"),
        ("Superintendent on the emergency department renovation.", "emergency-department"),
        ("Pitched stories about the hospital's new neonatal ICU to reporters.", "critical-care"),
        ("Wrote press releases on the cardiology program and cancer center.", "oncology"),
        ("Manage and troubleshoot Linux servers.", "staff-supervision"),
    ],
)
def test_animal_care_is_not_human_clinical_work(text: str, term_id: str) -> None:
    assert not _held(text, term_id)
