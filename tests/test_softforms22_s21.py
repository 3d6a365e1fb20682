"""Soft skills in the forms and places the trait frames do not read (issue #18, twenty-first session).

The nineteenth session's trait frames read a skill's adjective where it opens a clause or a profile
line; this table is written from how people word a soft skill elsewhere, not from any labelled set's
misses: nouns and noun phrases (``noun``: "a good listener", "leadership of a 6-person team"),
comparatives and superlatives (``degree``), adverbs and verbs of manner (``adverb``: "communicated
clearly"), "-ness" / "-ity" and ability forms (``ness``), the skill as a sentence's object (``object``:
"praised for my professionalism"), skills-list items with qualifiers (``list``, in a Skills section),
UK spellings and hyphen or space variants (``variant``), headline and summary lines (``headline``), and
near lines the labelling rules do not credit (``near``: a job's demand pasted in, the adjective of a
thing or of another person, another sense: "flexible hours" offered by an employer). Lines read
wrongly are strict xfails with their kind's reason.
"""

from __future__ import annotations

import pytest
from conftest import held_on_line, with_known_limits
from test_traits_s19 import line_kinds, placed, table_rows

from resumematch.match.vocabulary import default_vocabulary

SOFT: dict[str, dict[str, list[str]]] = {
    "organizational-skills": {
        "noun": [
            "Known on the unit for my organisation and attention to detail.",
            "A natural organizer of schedules, supplies and files.",
            "Brought organization to a three-provider front office.",
            "Strong organizational sense and a tidy filing system.",
        ],
        "degree": [
            "The most organized scheduler in a 12-person office.",
            "Among the best-organized coordinators in the practice.",
        ],
        "adverb": [
            "Kept 400 charts organized and audit-ready.",
            "Worked in an organized, methodical way through month-end close.",
            "Organizationally strong with a full provider calendar.",
        ],
        "ness": [
            "Praised for organizational ability by the practice manager.",
            "Organisational strength across intake, filing and billing.",
            "Orderliness and organization in the supply room.",
        ],
        "object": [
            "Recognized for my organization by the clinic director.",
            "Commended for strong organizational skills in my annual review.",
            "Valued by providers for my organization and follow-through.",
        ],
        "list": [
            "Organization (excellent)",
            "Highly organised",
            "Organizational skills - strong",
        ],
        "variant": [
            "Well-organised and methodical with records.",
            "Organisational and planning skills",
        ],
        "headline": [
            "Organized Medical Office Coordinator | Scheduling | Records",
            "Highly organised practice coordinator with 8 years in outpatient care.",
        ],
        "near": [
            "Must be highly organized and able to prioritize.",
            "Organized the annual charity gala for the foundation.",
            "Member of a professional nursing organization.",
            "The supply room was organized by the night shift.",
            "Organizational chart and reporting lines for the department.",
        ],
    },
    "communication-skills": {
        "noun": [
            "A strong communicator with patients and providers alike.",
            "Clear communicator in handoffs and family meetings.",
            "A good listener with anxious patients and families.",
            "Known for my communication with families at end of life.",
        ],
        "degree": [
            "One of the strongest communicators on the care team.",
            "Communicated more clearly than any scheduler before me, per the manager.",
        ],
        "adverb": [
            "Communicated clearly with physicians, patients and families.",
            "Communicate effectively across departments and shifts.",
            "Communicated openly and promptly with insurance carriers.",
        ],
        "ness": [
            "Communicativeness and warmth with elderly patients.",
            "Strong communication abilities in person and on the phone.",
            "Excellent listening and communication with families.",
        ],
        "object": [
            "Praised for my communication by patients in survey comments.",
            "Recognized for clear communication with the care team.",
            "Commended by the DON for excellent communication skills.",
        ],
        "list": [
            "Excellent written & verbal communication",
            "Communication (verbal, written)",
            "Communication skills - excellent",
        ],
        "variant": [
            "Verbal & written communication skills",
            "Communications skills: written, verbal, presentation",
        ],
        "headline": [
            "Patient Access Representative | Strong Communicator | Bilingual",
            "Caring medical assistant and effective communicator with 5 years in family practice.",
        ],
        "near": [
            "Must have excellent communication skills.",
            "Maintained the team's communication plan in SharePoint.",
            "Installed the hospital's communication system and nurse call.",
            "Bachelor of Arts in Communications, 2012.",
            "Managed the department's communications budget.",
        ],
    },
    "problem-solving": {
        "noun": [
            "A natural problem solver at the front desk.",
            "Creative problem-solver with insurance and billing questions.",
            "The go-to problem solver for scheduling conflicts.",
            "Known for practical problem solving under time pressure.",
        ],
        "degree": [
            "The strongest problem solver in a 10-person billing team.",
            "Among the best problem-solvers in patient access.",
        ],
        "adverb": [
            "Solved problems quickly for patients at check-in.",
            "Solved billing problems creatively with payers.",
            "Resolved problems independently on the night shift.",
        ],
        "ness": [
            "Resourcefulness and problem solving with denied claims.",
            "Problem-solving ability on a busy surgical floor.",
            "Strong problem-solving capability with complex accounts.",
        ],
        "object": [
            "Praised for my problem-solving by the revenue cycle director.",
            "Recognized for problem solving during the EHR go-live.",
            "Commended for creative problem-solving in my annual review.",
        ],
        "list": [
            "Problem-solving (strong)",
            "Problem solving & troubleshooting",
            "Problem-solving skills - excellent",
        ],
        "variant": [
            "Problem-solving and analytical skills",
            "Problem solving, critical thinking",
        ],
        "headline": [
            "Billing Specialist | Problem Solver | Epic Resolute",
            "Patient services coordinator and proven problem solver with 6 years in clinics.",
        ],
        "near": [
            "Must demonstrate problem-solving skills.",
            "Taught a problem-solving unit to 8th grade math students.",
            "Problem solving sessions were led by the quality director.",
            "Solved the crossword with residents on activity day.",
            "The team's problem list was reviewed by the physician.",
        ],
    },
    "attention-to-detail": {
        "noun": [
            "Known for my organisation and attention to detail.",
            "Strong attention to detail in charge entry and coding.",
            "An eye for detail on consent forms and orders.",
            "Great attention to details on every prior authorization.",
        ],
        "degree": [
            "The most detail-oriented coder in the department.",
            "More detail-oriented than any auditor my manager had hired.",
        ],
        "adverb": [
            "Worked meticulously through 300 claims a week.",
            "Checked orders meticulously before every procedure.",
            "Documented meticulously in Epic with zero audit findings.",
        ],
        "ness": [
            "Meticulousness and accuracy in medication reconciliation.",
            "Thoroughness and attention to detail in every audit.",
            "Detail orientation and accuracy with patient records.",
        ],
        "object": [
            "Praised for my attention to detail by the compliance officer.",
            "Recognized for attention to detail in chart audits.",
            "Commended for meticulous documentation by the state surveyors.",
        ],
        "list": [
            "Attention to detail (strong)",
            "Detail oriented",
            "Attention-to-detail",
        ],
        "variant": [
            "Detail - oriented and accurate with data entry.",
            "Detail orientated and accurate.",
        ],
        "headline": [
            "Detail-Oriented Medical Coder | CPC | ICD-10",
            "Meticulous medical records clerk with 7 years in hospital HIM.",
        ],
        "near": [
            "Must be detail-oriented and accurate.",
            "Detailed the fleet vehicles on weekends.",
            "The report required attention to detail from every manager.",
            "Wrote detailed care plans reviewed by the RN.",
            "Detail cleaning of patient rooms after discharge.",
        ],
    },
    "empathy": {
        "noun": [
            "My empathy and patience with confused residents.",
            "Genuine compassion for patients and families.",
            "Empathy for patients in pain and their families.",
            "A compassionate listener for grieving families.",
        ],
        "degree": [
            "The most compassionate aide on the memory care unit, per families.",
            "More empathetic with anxious patients than anyone on the team.",
        ],
        "adverb": [
            "Cared compassionately for hospice patients and families.",
            "Listened empathetically to patients' concerns.",
            "Responded with compassion to grieving families.",
        ],
        "ness": [
            "Compassion and kindness with every resident.",
            "Empathetic nature with children and parents.",
            "Empathy, patience and respect for the elderly.",
        ],
        "object": [
            "Praised for my compassion in family thank-you letters.",
            "Recognized for empathy by the hospice chaplain.",
            "Commended for compassionate care by the unit manager.",
        ],
        "list": [
            "Empathy (strong)",
            "Compassion & empathy",
            "Empathetic communication",
        ],
        "variant": [
            "Empathic and patient listener.",
            "Compassionate, patient-centred care",
        ],
        "headline": [
            "Compassionate Certified Nursing Assistant | Memory Care",
            "Empathetic hospice aide with 10 years at the bedside.",
        ],
        "near": [
            "Must show empathy toward patients.",
            "Compassionate Care Hospice, Billing Office, 2015-2018.",
            "Taught an empathy workshop for middle school students.",
            "Family requested compassionate leave for the patient's son.",
            "The patient lacked empathy per the psychiatric evaluation.",
        ],
    },
    "adaptability": {
        "noun": [
            "Adaptability to new EHRs and workflows.",
            "My adaptability during the COVID surge.",
            "Known for adaptability when units merged.",
            "Quick adaptation to new units and teams.",
        ],
        "degree": [
            "The most adaptable float nurse on the resource team.",
            "More adaptable than most new hires to changing workflows.",
        ],
        "adverb": [
            "Adapted quickly to three EHR conversions.",
            "Adapted easily to new units, teams and protocols.",
            "Adjusted quickly to changing priorities on the floor.",
        ],
        "ness": [
            "Adaptability and flexibility in a fast-paced ER.",
            "Adaptiveness to change in a growing practice.",
            "Adaptability across outpatient and inpatient settings.",
        ],
        "object": [
            "Praised for my adaptability during the Epic go-live.",
            "Recognized for adaptability when floated to new units.",
            "Commended for being adaptable by the charge nurse.",
        ],
        "list": [
            "Adaptability (strong)",
            "Adaptable to change",
            "Adaptability & resilience",
        ],
        "variant": [
            "Adaptable and quick to learn new systems.",
            "Adapt-able",
        ],
        "headline": [
            "Adaptable Float Pool RN | ICU, PCU, Med-Surg",
            "Adaptable medical assistant with experience in four specialties.",
        ],
        "near": [
            "Must be adaptable to a changing environment.",
            "Sold adaptable furniture and adjustable beds.",
            "Adapted the recipe for low-sodium diets.",
            "Installed adaptive equipment in patient bathrooms.",
            "Adaptive sports program for wheelchair users.",
        ],
    },
    "teamwork": {
        "noun": [
            "A dependable team player on a 30-bed unit.",
            "Strong collaboration with physicians and therapists.",
            "Teamwork with nurses, aides and therapy staff.",
            "A collaborative teammate on every shift.",
        ],
        "degree": [
            "The best team player on the night shift, per my peers.",
            "One of the most collaborative members of the care team.",
        ],
        "adverb": [
            "Worked collaboratively with case managers and social workers.",
            "Worked cooperatively with the lab and pharmacy.",
            "Collaborated closely with physicians on care plans.",
        ],
        "ness": [
            "Collaboration and teamwork across three clinics.",
            "Team spirit and collaboration on a busy floor.",
            "Cooperation and teamwork with all departments.",
        ],
        "object": [
            "Praised for my teamwork by the unit manager.",
            "Recognized for collaboration with the surgical team.",
            "Received the Team Player award in 2019.",
        ],
        "list": [
            "Teamwork (strong)",
            "Team collaboration",
            "Team player",
        ],
        "variant": [
            "Team-work and collaboration",
            "Team work across departments",
        ],
        "headline": [
            "Team-Oriented Medical Assistant | Family Practice",
            "Collaborative unit secretary and team player with 9 years in acute care.",
        ],
        "near": [
            "Must be a team player.",
            "Teamwork Staffing Agency, payroll clerk, 2014-2016.",
            "Organized teamwork training for new managers.",
            "Collaboration software rollout for the IT department.",
            "The team's collaboration space was redesigned by facilities.",
        ],
    },
    "critical-thinking": {
        "noun": [
            "A critical thinker in fast-changing patient situations.",
            "Strong critical thinking in triage and assessment.",
            "Critical thinking and sound judgment at the bedside.",
            "Known for critical thinking during rapid responses.",
        ],
        "degree": [
            "The strongest critical thinker on the rapid response team.",
            "Sharper critical thinking than most new graduates, per my preceptor.",
        ],
        "adverb": [
            "Thought critically about changes in patient condition.",
            "Think critically under pressure in the ED.",
            "Thought critically through complex billing cases.",
        ],
        "ness": [
            "Critical thinking skills in acute care.",
            "Critical-thinking ability with unstable patients.",
            "Critical thinking and clinical reasoning.",
        ],
        "object": [
            "Praised for my critical thinking by the charge nurse.",
            "Recognized for critical thinking during a code.",
            "Commended for critical-thinking skills in my evaluation.",
        ],
        "list": [
            "Critical thinking (strong)",
            "Critical-thinking",
            "Critical thinking & judgment",
        ],
        "variant": [
            "Critical-thinking and problem solving",
            "Critical thinker",
        ],
        "headline": [
            "ICU Registered Nurse | Critical Thinker | CCRN",
            "Critical thinker and emergency nurse with 6 years in a level I trauma center.",
        ],
        "near": [
            "Must possess critical thinking skills.",
            "Taught critical thinking to college freshmen.",
            "Critical care transport of ventilated patients.",
            "Thinking about critical access hospitals in the region.",
            "The course covered critical thinking for managers.",
        ],
    },
    "emotional-intelligence": {
        "noun": [
            "High emotional intelligence with patients and staff.",
            "Emotional intelligence in tense family meetings.",
            "Strong EQ and patience with upset callers.",
            "Known for my emotional intelligence on a busy unit.",
        ],
        "degree": [
            "The most emotionally intelligent leader I have worked for, per my director.",
            "Higher emotional intelligence than most supervisors, per my 360 review.",
        ],
        "adverb": [
            "Responded emotionally intelligently to upset families.",
            "Read people well and responded with emotional intelligence.",
            "Handled staff concerns with emotional intelligence.",
        ],
        "ness": [
            "Emotional intelligence and self-awareness as a manager.",
            "Emotional awareness in difficult conversations.",
            "Self-awareness and emotional intelligence with staff.",
        ],
        "object": [
            "Praised for my emotional intelligence by the DON.",
            "Recognized for emotional intelligence in a 360 review.",
            "Commended for high emotional intelligence with families.",
        ],
        "list": [
            "Emotional intelligence (strong)",
            "Emotional Intelligence (EQ)",
            "EQ / emotional intelligence",
        ],
        "variant": [
            "Emotional-intelligence",
            "Emotionally-intelligent leader",
        ],
        "headline": [
            "Emotionally Intelligent Nurse Manager | Med-Surg | Staff Development",
            "Emotionally intelligent practice manager with 12 years in primary care.",
        ],
        "near": [
            "Must have high emotional intelligence.",
            "Taught an emotional intelligence course to supervisors.",
            "Emotional support animals were allowed on the unit.",
            "Read a book on emotional intelligence for the staff book club.",
            "The patient's emotional state was charted every shift.",
        ],
    },
    "multitasking": {
        "noun": [
            "A strong multitasker at a 40-patient front desk.",
            "Multitasking on a busy switchboard.",
            "An effective multi-tasker in a fast-paced clinic.",
            "Multitasking and prioritizing on a 6-bed assignment.",
        ],
        "degree": [
            "The best multitasker on the front desk, per my supervisor.",
            "Better at multitasking than anyone in patient access.",
        ],
        "adverb": [
            "Multitasked effectively between phones, check-ins and scheduling.",
            "Multi-tasked daily across three providers' schedules.",
            "Juggled multiple priorities and multitasked efficiently.",
        ],
        "ness": [
            "Multitasking ability in a 20-bed ED.",
            "Ability to multitask across phones and walk-ins.",
            "Multi-tasking skills with competing demands.",
        ],
        "object": [
            "Praised for my multitasking by the office manager.",
            "Recognized for multitasking during flu season.",
            "Commended for multitasking skills at the front desk.",
        ],
        "list": [
            "Multitasking (strong)",
            "Multi-tasking",
            "Multitasking & prioritization",
        ],
        "variant": [
            "Multi tasking",
            "Multi-tasker",
        ],
        "headline": [
            "Front Desk Coordinator | Multitasker | Epic Cadence",
            "Efficient multitasker and unit clerk with 5 years on a surgical floor.",
        ],
        "near": [
            "Must be able to multitask.",
            "Configured multitasking settings on the nurse station PCs.",
            "The multitasking study was run by the psychology department.",
            "Job requires multitasking in a fast-paced environment.",
            "Multitasking operating system support for the lab servers.",
        ],
    },
    "conflict-resolution": {
        "noun": [
            "Conflict resolution with upset families and visitors.",
            "Skilled at resolution of conflicts between staff.",
            "A calm de-escalator of tense situations in the ED.",
            "Known for conflict resolution among shift staff.",
        ],
        "degree": [
            "The most effective de-escalator on the behavioral unit.",
            "Resolved conflicts faster than any supervisor before me.",
        ],
        "adverb": [
            "Resolved conflicts calmly between staff members.",
            "De-escalated agitated patients safely and quickly.",
            "Resolved disputes fairly between billing and scheduling.",
        ],
        "ness": [
            "Conflict resolution and mediation among staff.",
            "Conflict-resolution ability with difficult patients.",
            "Conflict management and de-escalation skills.",
        ],
        "object": [
            "Praised for conflict resolution by the nurse manager.",
            "Recognized for de-escalation of an agitated visitor.",
            "Commended for conflict-resolution skills in my review.",
        ],
        "list": [
            "Conflict resolution (strong)",
            "Conflict resolution & de-escalation",
            "Conflict-resolution",
        ],
        "variant": [
            "De escalation",
            "Conflict-management",
        ],
        "headline": [
            "Behavioral Health Technician | Crisis De-escalation | CPI",
            "Patient advocate skilled in conflict resolution with 8 years in acute care.",
        ],
        "near": [
            "Must have conflict resolution skills.",
            "Scheduling conflicts were resolved by the charge nurse.",
            "Taught a conflict resolution class for parents.",
            "Armed conflict zone deployment as a civilian contractor.",
            "Conflict of interest forms filed for the board.",
        ],
    },
    "leadership": {
        "noun": [
            "Leadership of a 6-person team of medical assistants.",
            "A natural leader on the night shift.",
            "Strong leadership of the unit's charge nurses.",
            "Leadership in the clinic's quality committee.",
        ],
        "degree": [
            "The strongest leader among the charge nurses, per my director.",
            "One of the most effective leaders in the department.",
        ],
        "adverb": [
            "Led the front office team through an EHR conversion.",
            "Led a team of 12 aides on days.",
            "Led by example on a short-staffed unit.",
        ],
        "ness": [
            "Leadership and mentoring of new staff.",
            "Leadership ability as a charge nurse.",
            "Leadership qualities recognized by the DON.",
        ],
        "object": [
            "Praised for my leadership during the COVID surge.",
            "Recognized for leadership by the nursing director.",
            "Received the Emerging Leader award in 2021.",
        ],
        "list": [
            "Leadership (strong)",
            "Team leadership",
            "Leadership & mentoring",
        ],
        "variant": [
            "Leadership skills",
            "Team-leadership",
        ],
        "headline": [
            "Nurse Leader | Med-Surg | Staff Development",
            "Clinic manager and proven leader with 10 years in outpatient care.",
        ],
        "near": [
            "Must demonstrate leadership.",
            "Reported to hospital leadership on the project.",
            "The leadership team approved the new schedule.",
            "Attended a leadership retreat for executives as the note-taker.",
            "Senior leadership changed the staffing plan.",
        ],
    },
    "time-management": {
        "noun": [
            "Strong time management on a 6-patient assignment.",
            "Good time management and prioritization of tasks.",
            "An effective time manager with a full clinic schedule.",
            "Time management and punctuality on every shift.",
        ],
        "degree": [
            "Better time management than anyone in my cohort, per my preceptor.",
            "The best time manager in the scheduling office.",
        ],
        "adverb": [
            "Managed my time effectively across two clinics.",
            "Prioritized tasks efficiently on a busy unit.",
            "Managed time well during peak clinic hours.",
        ],
        "ness": [
            "Time-management ability on 12-hour shifts.",
            "Time management and prioritization skills.",
            "Punctuality and time management.",
        ],
        "object": [
            "Praised for my time management by the charge nurse.",
            "Recognized for time management during a short-staffed month.",
            "Commended for prioritization and time management in my review.",
        ],
        "list": [
            "Time-management (strong)",
            "Time management",
            "Time management & prioritization",
        ],
        "variant": [
            "Time-management skills",
            "Time managment",
        ],
        "headline": [
            "Medical Office Assistant | Time Management | Scheduling",
            "Efficient surgical coordinator with strong time management and 7 years in ortho.",
        ],
        "near": [
            "Must have good time management.",
            "Installed the time management system for payroll.",
            "Time management training for new managers was my manager's project.",
            "Managed time-and-attendance records for 200 staff.",
            "The time management module of the HR software.",
        ],
    },
    "relationship-building": {
        "noun": [
            "Relationship building with referring physicians.",
            "Strong working relationships with payers and providers.",
            "Rapport with patients and families.",
            "A relationship builder with community partners.",
        ],
        "degree": [
            "Built stronger relationships with referral offices than any liaison before me.",
            "The best relationship builder on the outreach team.",
        ],
        "adverb": [
            "Built strong relationships with referring offices.",
            "Built rapport quickly with anxious patients.",
            "Established rapport with residents and their families.",
        ],
        "ness": [
            "Relationship-building with community clinics.",
            "Rapport building with patients of all ages.",
            "Relationship development with key accounts.",
        ],
        "object": [
            "Praised for rapport with patients by the practice owner.",
            "Recognized for relationship building with referral sources.",
            "Commended for strong working relationships with physicians.",
        ],
        "list": [
            "Relationship building (strong)",
            "Relationship-building",
            "Rapport building",
        ],
        "variant": [
            "Relationship building & networking",
            "Builds strong relationships",
        ],
        "headline": [
            "Physician Liaison | Relationship Builder | Referral Growth",
            "Community outreach coordinator skilled in relationship building with 6 years in home health.",
        ],
        "near": [
            "Must build relationships with referral sources.",
            "Relationship status: married.",
            "Taught a healthy relationships class to teens.",
            "The relationship between staffing and falls was studied by the quality team.",
            "Patient's relationship to guarantor entered at registration.",
        ],
    },
    "composure": {
        "noun": [
            "Composure under pressure in trauma situations.",
            "Calm under pressure in a level I trauma center.",
            "A calm presence during codes and rapid responses.",
            "Composure with agitated patients and families.",
        ],
        "degree": [
            "The calmest nurse on the unit during a code, per my manager.",
            "Calmer under pressure than most new graduates.",
        ],
        "adverb": [
            "Stayed calm under pressure during mass casualty drills.",
            "Remained calm and composed during codes.",
            "Worked calmly under pressure in the ED.",
        ],
        "ness": [
            "Calmness and composure in emergencies.",
            "Composure and level-headedness in crises.",
            "Ability to stay calm under pressure.",
        ],
        "object": [
            "Praised for my composure during a code blue.",
            "Recognized for staying calm under pressure.",
            "Commended for composure in a mass casualty event.",
        ],
        "list": [
            "Composure under pressure",
            "Calm under pressure (strong)",
            "Grace under pressure",
        ],
        "variant": [
            "Level headed under pressure",
            "Cool-headed in emergencies",
        ],
        "headline": [
            "Emergency Department RN | Calm Under Pressure | TNCC",
            "Composed and level-headed trauma nurse with 9 years in the ED.",
        ],
        "near": [
            "Must remain calm under pressure.",
            "Calm Waters Spa, receptionist.",
            "The patient remained calm after the medication.",
            "Taught a composure and stress workshop for students.",
            "Blood pressure was checked every 4 hours.",
        ],
    },
    "professionalism": {
        "noun": [
            "My professionalism with patients and providers.",
            "Professionalism and courtesy at the front desk.",
            "A polished professional in a busy practice.",
            "Professional demeanor with VIP patients.",
        ],
        "degree": [
            "The most professional receptionist the practice had hired, per the owner.",
            "Among the most professional staff in the clinic.",
        ],
        "adverb": [
            "Handled patient complaints professionally and promptly.",
            "Represented the clinic professionally at community events.",
            "Conducted myself professionally with physicians and families.",
        ],
        "ness": [
            "Professionalism and discretion with patient information.",
            "Professional conduct at all times.",
            "Courtesy, discretion and professionalism.",
        ],
        "object": [
            "Praised for my professionalism by patients and physicians.",
            "Recognized for professionalism by the hospital CEO.",
            "Commended for professional conduct during a difficult visit.",
        ],
        "list": [
            "Professionalism (strong)",
            "Professionalism & discretion",
            "Professional demeanour",
        ],
        "variant": [
            "Professional behaviour and appearance",
            "Professional-demeanor",
        ],
        "headline": [
            "Professional Medical Receptionist | Epic | Insurance Verification",
            "Polished and professional executive assistant with 10 years in healthcare.",
        ],
        "near": [
            "Must maintain professionalism at all times.",
            "Professional liability insurance renewals for providers.",
            "Attended professional development courses on billing.",
            "Member of the professional nursing association.",
            "Professional services agreements with physicians.",
        ],
    },
    "cultural-competency": {
        "noun": [
            "Cultural competence with diverse patient populations.",
            "Cultural sensitivity with refugee families.",
            "Cultural awareness in a multilingual clinic.",
            "Cultural humility with patients from many backgrounds.",
        ],
        "degree": [
            "More culturally aware than most staff, per the diversity officer.",
            "The most culturally sensitive interpreter on staff.",
        ],
        "adverb": [
            "Cared for patients in culturally sensitive ways.",
            "Communicated in a culturally appropriate manner with families.",
            "Provided culturally competent care to immigrant families.",
        ],
        "ness": [
            "Cultural competency with Hispanic and Somali patients.",
            "Cultural sensitivity and respect for beliefs.",
            "Cross-cultural competence in community health.",
        ],
        "object": [
            "Praised for cultural sensitivity by the community liaison.",
            "Recognized for cultural competence with refugee patients.",
            "Commended for culturally sensitive care.",
        ],
        "list": [
            "Cultural competency (strong)",
            "Cultural sensitivity & awareness",
            "Cultural competence",
        ],
        "variant": [
            "Culturally-competent care",
            "Cross cultural communication",
        ],
        "headline": [
            "Culturally Competent Community Health Worker | Bilingual",
            "Culturally sensitive medical interpreter with 6 years in public health.",
        ],
        "near": [
            "Must demonstrate cultural competency.",
            "Taught a cultural competency course to residents.",
            "Cultural events committee for the hospital foundation.",
            "Cultural competency training was required for the new hires I scheduled.",
            "Ran the cell culture lab's incubators.",
        ],
    },
    "decision-making": {
        "noun": [
            "Sound decision-making in emergencies.",
            "Decisive leadership on a short-staffed unit.",
            "Good judgment and decision making at triage.",
            "A decisive charge nurse during codes.",
        ],
        "degree": [
            "More decisive than most charge nurses, per my director.",
            "The most decisive supervisor on the night shift.",
        ],
        "adverb": [
            "Made decisions quickly in high-acuity situations.",
            "Acted decisively during rapid responses.",
            "Made sound decisions independently on nights.",
        ],
        "ness": [
            "Decisiveness and sound judgment in crises.",
            "Decision-making ability in emergencies.",
            "Clinical judgment and decisiveness.",
        ],
        "object": [
            "Praised for decisiveness during a mass casualty drill.",
            "Recognized for sound decision-making by the DON.",
            "Commended for good judgment under pressure.",
        ],
        "list": [
            "Decision making (strong)",
            "Decision-making",
            "Decisiveness",
        ],
        "variant": [
            "Decision - making",
            "Sound judgement",
        ],
        "headline": [
            "Charge Nurse | Decisive Leader | Critical Care",
            "Decisive operations manager with 12 years in ambulatory care.",
        ],
        "near": [
            "Must demonstrate sound decision-making.",
            "Shared decision-making tools were built by the physicians.",
            "Decision support software for the ED.",
            "The board's decisions were recorded in minutes I typed.",
            "Made a decision tree for the phone triage vendor's app.",
        ],
    },
    "analytical-skills": {
        "noun": [
            "An analytical thinker with payer data.",
            "Strong analytical skills in denial trends.",
            "Analytical ability with claims and reimbursement data.",
            "An analytical mind for revenue cycle reporting.",
        ],
        "degree": [
            "The most analytical member of the billing team.",
            "More analytical than most coders, per my supervisor.",
        ],
        "adverb": [
            "Analyzed denial data analytically to find root causes.",
            "Approached quality reports analytically.",
            "Worked analytically through complex underpayments.",
        ],
        "ness": [
            "Analytical skills and attention to detail.",
            "Analytical thinking in quality improvement.",
            "Analytical abilities with Excel and SQL.",
        ],
        "object": [
            "Praised for my analytical skills by the CFO.",
            "Recognized for analytical thinking on the quality team.",
            "Commended for analytical ability in my annual review.",
        ],
        "list": [
            "Analytical skills (strong)",
            "Analytical thinking",
            "Analytical & problem-solving skills",
        ],
        "variant": [
            "Analytic skills",
            "Analytical-thinking",
        ],
        "headline": [
            "Analytical Revenue Cycle Analyst | Epic | SQL",
            "Analytical healthcare data analyst with 6 years in population health.",
        ],
        "near": [
            "Must have strong analytical skills.",
            "Analytical chemistry laboratory, glassware washer.",
            "Ran the analytical balance calibration checks.",
            "Analytical reports were prepared by the finance department.",
            "Google Analytics dashboard for the clinic website.",
        ],
    },
    "reliability": {
        "noun": [
            "My reliability and punctuality over 8 years.",
            "Dependability and a perfect attendance record.",
            "A reliable presence on the night shift.",
            "Reliability on every weekend rotation.",
        ],
        "degree": [
            "The most reliable aide on the unit, per the charge nurses.",
            "More dependable than any float I had worked with, per my manager.",
        ],
        "adverb": [
            "Reliably covered weekend shifts for 4 years.",
            "Showed up reliably for every shift.",
            "Worked dependably through two winters of short staffing.",
        ],
        "ness": [
            "Reliability and punctuality.",
            "Dependability, honesty and a strong work ethic.",
            "Trustworthiness and reliability with patient valuables.",
        ],
        "object": [
            "Praised for my reliability by the staffing office.",
            "Recognized for reliability with a perfect attendance award.",
            "Commended for dependability in my annual review.",
        ],
        "list": [
            "Reliability (strong)",
            "Reliable & punctual",
            "Dependability",
        ],
        "variant": [
            "Dependable and reliable team member.",
            "Reliablity",
        ],
        "headline": [
            "Reliable Certified Nursing Assistant | Long-Term Care",
            "Dependable patient care technician with 6 years on med-surg.",
        ],
        "near": [
            "Must be reliable and punctual.",
            "Reliability engineering for the hospital's generators.",
            "Reliable transportation required for home visits.",
            "Inter-rater reliability of the assessment tool was tested by the researchers.",
            "The new pumps were more reliable than the old ones.",
        ],
    },
    "initiative": {
        "noun": [
            "A self-starter who needs little direction.",
            "Initiative in starting the unit's falls huddle.",
            "Personal initiative on quality projects.",
            "A proactive self-starter in a new clinic.",
        ],
        "degree": [
            "The most proactive coordinator in the department.",
            "More self-motivated than most new hires, per my manager.",
        ],
        "adverb": [
            "Worked independently with little supervision.",
            "Proactively followed up on missing authorizations.",
            "Took the initiative to build a new intake checklist.",
        ],
        "ness": [
            "Initiative and self-motivation.",
            "Proactiveness in resolving billing issues.",
            "Self-direction and initiative.",
        ],
        "object": [
            "Praised for my initiative by the practice manager.",
            "Recognized for initiative in starting a new-hire buddy program.",
            "Commended for taking initiative during the EHR conversion.",
        ],
        "list": [
            "Initiative (strong)",
            "Self-starter",
            "Self motivated",
        ],
        "variant": [
            "Self-motivated, proactive worker.",
            "Self starter",
        ],
        "headline": [
            "Proactive Practice Coordinator | Self-Starter | Athena",
            "Self-motivated medical assistant with 4 years in pediatrics.",
        ],
        "near": [
            "Must be a self-starter.",
            "Worked on the hospital's diversity initiative as a scribe.",
            "The initiative was funded by a state grant.",
            "Coordinated enrollment for a quality initiative led by the CMO.",
            "Proactive maintenance of the lab analyzers was done by the vendor.",
        ],
    },
    "flexibility": {
        "noun": [
            "Flexibility with shifts, weekends and holidays.",
            "Scheduling flexibility for nights and weekends.",
            "Open availability for all shifts.",
            "Flexibility to float to any unit.",
        ],
        "degree": [
            "The most flexible float nurse in the pool.",
            "More flexible with shifts than anyone on the team.",
        ],
        "adverb": [
            "Worked flexibly across days, nights and weekends.",
            "Flexibly covered shifts across three sites.",
            "Scheduled myself flexibly around the unit's needs.",
        ],
        "ness": [
            "Flexibility and willingness to work weekends.",
            "Schedule flexibility and reliability.",
            "Flexibility in shift coverage.",
        ],
        "object": [
            "Praised for my flexibility with shifts by the staffing office.",
            "Recognized for flexibility during the winter surge.",
            "Commended for flexible scheduling during short staffing.",
        ],
        "list": [
            "Flexibility (shifts, weekends)",
            "Flexible schedule",
            "Open availability",
        ],
        "variant": [
            "Flexible - any shift",
            "Available weekends & holidays",
        ],
        "headline": [
            "Flexible Per Diem CNA | Any Shift | Long-Term Care",
            "Flexible float pool RN available for all shifts.",
        ],
        "near": [
            "Must have a flexible schedule.",
            "The employer offered flexible hours and remote work.",
            "Flexible spending account enrollment for employees.",
            "Flexibility exercises with rehab patients.",
            "Flexible endoscope reprocessing in the GI lab.",
        ],
    },
    "patient-interaction": {
        "noun": [
            "Patient interaction in a busy family practice.",
            "Direct patient interaction on a 30-bed unit.",
            "Strong patient relations at check-in.",
            "Excellent bedside manner with children.",
        ],
        "degree": [
            "The warmest bedside manner on the unit, per patients.",
            "Better patient communication than most new staff.",
        ],
        "adverb": [
            "Interacted directly with patients at every visit.",
            "Interacted with patients daily at the front desk.",
            "Interacted closely with patients and families.",
        ],
        "ness": [
            "Patient interaction and customer service skills.",
            "Patient communication and education.",
            "Patient-facing experience in two clinics.",
        ],
        "object": [
            "Praised for my bedside manner in patient surveys.",
            "Recognized for patient relations by the practice owner.",
            "Commended for patient communication by the physician.",
        ],
        "list": [
            "Patient interaction (strong)",
            "Patient relations",
            "Bedside manner",
        ],
        "variant": [
            "Patient facing",
            "Patient - interaction",
        ],
        "headline": [
            "Patient-Facing Medical Assistant | Vitals | Scheduling",
            "Patient services representative with 6 years of direct patient interaction.",
        ],
        "near": [
            "Must enjoy patient interaction.",
            "No patient interaction in this back-office role.",
            "Drug interaction checks were run by the pharmacist.",
            "The patient relations department handled the complaint.",
            "Patient interaction data were analyzed by the research team.",
        ],
    },
    "customer-service": {
        "noun": [
            "Customer service at a 300-patient-a-day front desk.",
            "Excellent customer service over the phone.",
            "Customer care for members and providers.",
            "Client service for 40 physician accounts.",
        ],
        "degree": [
            "The highest customer service scores in the call center.",
            "Better customer service scores than any rep in my group.",
        ],
        "adverb": [
            "Served customers courteously and efficiently.",
            "Handled customer complaints promptly and politely.",
            "Resolved customer issues quickly on the first call.",
        ],
        "ness": [
            "Customer service and courtesy.",
            "Customer-service skills in retail and healthcare.",
            "Customer focus and patient satisfaction.",
        ],
        "object": [
            "Praised for customer service in patient surveys.",
            "Recognized for customer service with the Service Star award.",
            "Commended for excellent customer service by the manager.",
        ],
        "list": [
            "Customer service (strong)",
            "Customer service & support",
            "Customer-service",
        ],
        "variant": [
            "Customer-focused",
            "Customer servce",
        ],
        "headline": [
            "Customer Service Representative | Healthcare | Call Center",
            "Customer-focused patient access specialist with 8 years in hospitals.",
        ],
        "near": [
            "Must provide excellent customer service.",
            "Customer service department, Acme Insurance (employer).",
            "Called customer service to report the broken printer.",
            "The customer service manager approved my refund.",
            "Customer service survey software was set up by IT.",
        ],
    },
}

LIMITS: dict[str, str] = {
    "Known on the unit for my organisation and attention to detail.": "noun",
    "A natural organizer of schedules, supplies and files.": "noun",
    "Brought organization to a three-provider front office.": "noun",
    "The most organized scheduler in a 12-person office.": "degree",
    "Among the best-organized coordinators in the practice.": "degree",
    "Kept 400 charts organized and audit-ready.": "adverb",
    "Organizationally strong with a full provider calendar.": "adverb",
    "Organisational strength across intake, filing and billing.": "ness",
    "Orderliness and organization in the supply room.": "ness",
    "Recognized for my organization by the clinic director.": "object",
    "Valued by providers for my organization and follow-through.": "object",
    "Organization (excellent)": "list",
    "Organized Medical Office Coordinator | Scheduling | Records": "headline",
    "Must be highly organized and able to prioritize.": "near",
    "One of the strongest communicators on the care team.": "degree",
    "Communicated more clearly than any scheduler before me, per the manager.": "degree",
    "Communicated openly and promptly with insurance carriers.": "adverb",
    "Communicativeness and warmth with elderly patients.": "ness",
    "Must have excellent communication skills.": "near",
    "Maintained the team's communication plan in SharePoint.": "near",
    "Installed the hospital's communication system and nurse call.": "near",
    "Must demonstrate problem-solving skills.": "near",
    "Taught a problem-solving unit to 8th grade math students.": "near",
    "Problem solving sessions were led by the quality director.": "near",
    "Worked meticulously through 300 claims a week.": "adverb",
    "Checked orders meticulously before every procedure.": "adverb",
    "Documented meticulously in Epic with zero audit findings.": "adverb",
    "Meticulousness and accuracy in medication reconciliation.": "ness",
    "Detail orientation and accuracy with patient records.": "ness",
    "Attention-to-detail": "list",
    "Must be detail-oriented and accurate.": "near",
    "The report required attention to detail from every manager.": "near",
    "Cared compassionately for hospice patients and families.": "adverb",
    "Listened empathetically to patients' concerns.": "adverb",
    "Must show empathy toward patients.": "near",
    "Compassionate Care Hospice, Billing Office, 2015-2018.": "near",
    "Taught an empathy workshop for middle school students.": "near",
    "Family requested compassionate leave for the patient's son.": "near",
    "The patient lacked empathy per the psychiatric evaluation.": "near",
    "Quick adaptation to new units and teams.": "noun",
    "Adaptiveness to change in a growing practice.": "ness",
    "Adapt-able": "variant",
    "Must be adaptable to a changing environment.": "near",
    "Sold adaptable furniture and adjustable beds.": "near",
    "A collaborative teammate on every shift.": "noun",
    "One of the most collaborative members of the care team.": "degree",
    "Must be a team player.": "near",
    "Teamwork Staffing Agency, payroll clerk, 2014-2016.": "near",
    "Organized teamwork training for new managers.": "near",
    "Collaboration software rollout for the IT department.": "near",
    "The team's collaboration space was redesigned by facilities.": "near",
    "Must possess critical thinking skills.": "near",
    "Taught critical thinking to college freshmen.": "near",
    "The course covered critical thinking for managers.": "near",
    "Strong EQ and patience with upset callers.": "noun",
    "Responded emotionally intelligently to upset families.": "adverb",
    "Must have high emotional intelligence.": "near",
    "Taught an emotional intelligence course to supervisors.": "near",
    "Read a book on emotional intelligence for the staff book club.": "near",
    "Multitasked effectively between phones, check-ins and scheduling.": "adverb",
    "Must be able to multitask.": "near",
    "Configured multitasking settings on the nurse station PCs.": "near",
    "The multitasking study was run by the psychology department.": "near",
    "Job requires multitasking in a fast-paced environment.": "near",
    "Multitasking operating system support for the lab servers.": "near",
    "A calm de-escalator of tense situations in the ED.": "noun",
    "The most effective de-escalator on the behavioral unit.": "degree",
    "Must have conflict resolution skills.": "near",
    "Taught a conflict resolution class for parents.": "near",
    "The strongest leader among the charge nurses, per my director.": "degree",
    "Received the Emerging Leader award in 2021.": "object",
    "Nurse Leader | Med-Surg | Staff Development": "headline",
    "Must demonstrate leadership.": "near",
    "The leadership team approved the new schedule.": "near",
    "Attended a leadership retreat for executives as the note-taker.": "near",
    "Managed my time effectively across two clinics.": "adverb",
    "Time managment": "variant",
    "Must have good time management.": "near",
    "Installed the time management system for payroll.": "near",
    "Time management training for new managers was my manager's project.": "near",
    "Managed time-and-attendance records for 200 staff.": "near",
    "The time management module of the HR software.": "near",
    "Must build relationships with referral sources.": "near",
    "Composure with agitated patients and families.": "noun",
    "The calmest nurse on the unit during a code, per my manager.": "degree",
    "Composure and level-headedness in crises.": "ness",
    "Must remain calm under pressure.": "near",
    "The patient remained calm after the medication.": "near",
    "A polished professional in a busy practice.": "noun",
    "The most professional receptionist the practice had hired, per the owner.": "degree",
    "Among the most professional staff in the clinic.": "degree",
    "Represented the clinic professionally at community events.": "adverb",
    "Conducted myself professionally with physicians and families.": "adverb",
    "Professional conduct at all times.": "ness",
    "Commended for professional conduct during a difficult visit.": "object",
    "Professional demeanour": "list",
    "Professional Medical Receptionist | Epic | Insurance Verification": "headline",
    "Must maintain professionalism at all times.": "near",
    "Communicated in a culturally appropriate manner with families.": "adverb",
    "Must demonstrate cultural competency.": "near",
    "Taught a cultural competency course to residents.": "near",
    "Cultural competency training was required for the new hires I scheduled.": "near",
    "Acted decisively during rapid responses.": "adverb",
    "Must demonstrate sound decision-making.": "near",
    "Shared decision-making tools were built by the physicians.": "near",
    "The most analytical member of the billing team.": "degree",
    "More analytical than most coders, per my supervisor.": "degree",
    "Analyzed denial data analytically to find root causes.": "adverb",
    "Approached quality reports analytically.": "adverb",
    "Worked analytically through complex underpayments.": "adverb",
    "Analytical Revenue Cycle Analyst | Epic | SQL": "headline",
    "Analytical healthcare data analyst with 6 years in population health.": "headline",
    "Must have strong analytical skills.": "near",
    "Reliably covered weekend shifts for 4 years.": "adverb",
    "Showed up reliably for every shift.": "adverb",
    "Worked dependably through two winters of short staffing.": "adverb",
    "Must be reliable and punctual.": "near",
    "Initiative in starting the unit's falls huddle.": "noun",
    "Worked independently with little supervision.": "adverb",
    "Proactively followed up on missing authorizations.": "adverb",
    "Proactiveness in resolving billing issues.": "ness",
    "Self-direction and initiative.": "ness",
    "Praised for my initiative by the practice manager.": "object",
    "Recognized for initiative in starting a new-hire buddy program.": "object",
    "Initiative (strong)": "list",
    "Must be a self-starter.": "near",
    "Proactive maintenance of the lab analyzers was done by the vendor.": "near",
    "The most flexible float nurse in the pool.": "degree",
    "Worked flexibly across days, nights and weekends.": "adverb",
    "Flexibly covered shifts across three sites.": "adverb",
    "Scheduled myself flexibly around the unit's needs.": "adverb",
    "Flexibility (shifts, weekends)": "list",
    "Flexible - any shift": "variant",
    "Flexible Per Diem CNA | Any Shift | Long-Term Care": "headline",
    "Must have a flexible schedule.": "near",
    "The employer offered flexible hours and remote work.": "near",
    "Flexibility exercises with rehab patients.": "near",
    "Interacted directly with patients at every visit.": "adverb",
    "Interacted closely with patients and families.": "adverb",
    "Must enjoy patient interaction.": "near",
    "The patient relations department handled the complaint.": "near",
    "Patient interaction data were analyzed by the research team.": "near",
    "Customer focus and patient satisfaction.": "ness",
    "Customer servce": "variant",
    "Must provide excellent customer service.": "near",
    "Customer service department, Acme Insurance (employer).": "near",
    "Called customer service to report the broken printer.": "near",
    "The customer service manager approved my refund.": "near",
    "Customer service survey software was set up by IT.": "near",
}

REASONS: dict[str, str] = {
    "noun": "a skill's own noun or agent noun in a phrase no alias or pattern reads",
    "degree": "a comparative or superlative of the skill's adjective is not read",
    "adverb": "an adverb or verb of manner of the skill's own word is not read",
    "ness": "a '-ness' / '-ity' or ability form of the skill is not read",
    "object": "the skill as the object of praise or recognition is not read",
    "list": "a skills-list item with a qualifier or variant is not read",
    "variant": "a UK spelling or hyphen / space variant is not read",
    "headline": "a headline or summary line of the genre is not read",
    "near": "read as the skill though it is not the candidate's (a demand, a thing's adjective, another sense)",
}


def _placed(kind: str, line: str) -> str:
    """Headline, noun and ability lines in the Summary, list items in a Skills section, the rest as an
    experience line."""
    section = "summary" if kind in ("headline", "noun", "ness") else "skills" if kind == "list" else "experience"
    return placed(line, section)


KIND = line_kinds(SOFT)
ROWS = table_rows(SOFT)


@pytest.mark.parametrize(
    ("line", "term_id", "held_"), with_known_limits(ROWS, {line: REASONS[kind] for line, kind in LIMITS.items()})
)
def test_soft_skill_in_its_own_word_family_s21(line: str, term_id: str, held_: bool) -> None:
    assert held_on_line(_placed(KIND[line], line), line, term_id) is held_


def test_the_table_covers_every_soft_skill_and_limits_are_its_lines() -> None:
    vocabulary = default_vocabulary()
    assert set(SOFT) == {t.id for t in vocabulary if t.category == "soft_skill"}
    lines = [line for line, _, _ in ROWS]
    assert len(lines) == len(set(lines)) >= 600
    assert all(sum(len(v) for k, v in kinds.items() if k != "near") >= 20 for kinds in SOFT.values())
    assert all(len(kinds["near"]) == 5 for kinds in SOFT.values())
    assert set(LIMITS) <= set(lines)
    assert all(LIMITS[line] == KIND[line] for line in LIMITS)
