"""What a posting asks, in the forms postings write it (issue #20, seventeenth session).

A table written from how US job boards and NHS Jobs word their postings, before any code change
and not from any set's misreadings: each line is a posting sentence, read inside a short posting
in the place a posting would hold it (a paragraph of prose, a requirements list, a preferred list,
a person specification's Essential or Desirable column, a line that flattens both, a duties list,
an about-us or benefits section, a "what you'll bring" paragraph), with what a recruiter reads
from it: which terms are asked required (``R``) or preferred (``P``), asked as a duty (``A``) or
not asked at all (``-``: the employer's description, its people, the population it serves, its
benefits, its notices, the training it gives, other staff's duties); the alternatives that meet
one requirement; the years, degree level and setting asked. Lines still read wrongly are strict
xfails with their reason (``OPEN``).

Expectations, one per word: ``term:K`` (a vocabulary id or a short name of ``_ALIAS``);
``alt:a/b`` (``b`` among ``a``'s alternatives); ``yrs:N`` / ``yrs:-`` (a requirement with N
years / none with years); ``lvl:X`` / ``lvl:-`` (a degree level); ``set:X`` (a setting holding
X); ``req:R`` (a required requirement), ``req:P`` (requirements, terms and phrases all
preferred), ``req:A`` (some requirement), ``req:-`` (no requirement, term or phrase at all);
``~word:K`` (a phrase the vocabulary does not know, holding ``word``).
"""

from __future__ import annotations

from functools import cache

import pytest

import resumematch
from resumematch.models import JobProfile

_TITLE = "Band 4 Post\n\n"
# Where a posting holds each kind of line.
_PLACES: dict[str, str] = {
    "p": "{s}\n",
    "j": "About you\n\n{s}\n",
    "r": "Requirements:\n- {s}\n",
    "q": "Preferred Qualifications:\n- {s}\n",
    "e": "Person Specification\n\nEssential\n{s}\n",
    "d": "Person Specification\n\nDesirable\n{s}\n",
    "s": "Person Specification\n\n{s}\n",
    "x": "Duties and Responsibilities:\n- {s}\n",
    "a": "About Us\n\n{s}\n",
    "b": "Benefits:\n- {s}\n",
}
_ALIAS = {
    "rn": "registered-nurse",
    "lpn": "licensed-practical-nurse",
    "np": "nurse-practitioner",
    "ba": "bachelors-degree",
    "aa": "associate-degree",
    "hs": "high-school-diploma",
    "cna": "certified-nursing-assistant",
    "vt": "vocational-training",
    "ce": "continuing-education",
    "fa": "first-aid",
    "ielts": "english-language-test",
    "gphc": "gphc-registration",
    "cpht": "pharmacy-technician-qualification",
    "cs": "communication-skills",
    "cust": "customer-service",
    "mt": "medical-terminology",
    "appt": "appointment-scheduling",
    "medadm": "medication-administration",
}

# place | sentence | expectations; "#" lines name the class of the lines that follow.
TABLE = """
# required: US job boards, structured lists
r | Current RN license in the state of Texas | rn:R
r | Active, unrestricted Registered Nurse license required | rn:R
r | Must hold a current LPN license | lpn:R
r | Valid LVN license in good standing with the California BVNPT | lpn:R
r | BLS certification required | bls:R
r | Current BLS certification from the American Heart Association | bls:R
r | Must have current CPR certification | cpr:R
r | ACLS and PALS certifications required | acls:R pals:R
r | High school diploma or GED required | hs:R lvl:high_school
r | Bachelor's degree in Nursing required | ba:A lvl:bachelor
r | BSN required | bsn:R
r | Bachelor of Science in Nursing (BSN) from an accredited program | bsn:R
r | Associate degree in a healthcare field | aa:R lvl:associate
r | Master's degree in Health Administration or related field | lvl:master
r | MHA or MBA required | mha:R
r | 2+ years of experience as a medical assistant | yrs:2
r | Minimum of 3 years of clinical experience | yrs:3
r | At least 5 years of progressive leadership experience in healthcare | yrs:5
r | 1-2 years of experience in a medical office | yrs:1
r | Three (3) years of experience in care coordination | yrs:3 care-coordination:R
r | Two years' experience in an acute care hospital setting | yrs:2
r | 1 year of phlebotomy experience | yrs:1 phlebotomy:R
r | Proficiency in Microsoft Office (Word, Excel, Outlook) | ms-office:R ms-excel:R
r | Experience with Epic EHR | epic:R
r | Working knowledge of electronic health records | ehr:R
r | Knowledge of medical terminology | mt:R
r | Knowledge of ICD-10 and CPT coding | icd-10:R cpt-codes:R
r | Strong knowledge of HIPAA regulations | hipaa:R
r | Excellent verbal and written communication skills | cs:R
r | Strong organizational skills and attention to detail | organizational-skills:R attention-to-detail:R
r | Ability to multitask in a fast-paced environment | multitasking:R
r | Must be able to work independently and as part of a team | teamwork:R
r | Excellent customer service skills | cust:R
r | Must be able to type 45 words per minute | req:R
r | Valid driver's license and reliable transportation | req:R
r | Must be at least 18 years of age | yrs:-
r | Must pass a background check and drug screen | yrs:-
r | Certified Medical Assistant (CMA) required | cma:R
r | Phlebotomy certification required | phlebotomy-certification:R
r | Certified Nursing Assistant (CNA) certification in good standing | cna:R
r | Active CNA certification on the state registry | cna:R
r | Pharmacy Technician certification (PTCB) required | cpht:R
r | Experience with Cerner or Meditech | cerner:R meditech:R alt:cerner/meditech
r | Experience with athenahealth, eClinicalWorks or NextGen | athenahealth:R alt:athenahealth/nextgen
r | Fluent in English and Spanish | spanish:R
r | Bilingual English/Spanish required | spanish:R
r | Must be bilingual in Spanish | spanish:R
r | Proficient in data entry with 10-key skills | data-entry:R
r | Experience with prior authorizations and insurance verification | prior-authorization:R insurance-verification:R
r | Knowledge of Medicare and Medicaid guidelines | req:R
r | Graduate of an accredited school of nursing | req:R
r | Minimum 2 years of experience in a long-term care setting | yrs:2 long-term-care:R
r | Experience in home health care | home-health:R
r | Experience working with pediatric patients | req:R
r | Critical care experience required | critical-care:R
r | Emergency department experience | emergency-department:R
r | Current NRP certification | req:R
r | Completion of an accredited medical assistant program | req:R
r | Knowledge of Joint Commission standards | joint-commission:R
r | Experience with wound care | wound-care:R
r | Proficient in vital signs, EKGs and specimen collection | vital-signs:R ekg:R specimen-collection:R
r | Able to lift up to 50 pounds | req:R
r | Demonstrated leadership skills | leadership:R
r | Must have strong problem-solving skills | problem-solving:R
r | Experience in triage | req:R
r | Experience in utilization review or case management | utilization-review:R case-management:R
r | Certified Case Manager (CCM) | ccm:R
r | Project Management Professional (PMP) certification | pmp:R
r | Experience in medical billing and coding | medical-coding:R
r | Experience scheduling patient appointments | appt:A
# required: prose, US
p | The ideal candidate must hold an active RN license. | rn:R
p | Candidates must have a high school diploma or equivalent. | hs:R
p | You must have at least two years of experience in a physician's office. | yrs:2
p | A current BLS card is required at the time of hire. | bls:R
p | Applicants are required to have a valid state CNA certification. | cna:R
p | We require a minimum of three years of experience in home health. | yrs:3 home-health:R
p | You will need excellent communication skills and a strong working knowledge of Microsoft Excel. | cs:R ms-excel:R
p | Experience with Epic is a must. | req:R
p | Spanish fluency is required for this position. | spanish:R
p | This role requires proficiency in electronic health records. | ehr:R
p | The successful candidate will be a Registered Nurse with current NMC registration. | rn:R
p | You will hold a current NMC registration as a Registered Nurse. | rn:R
p | You will have experience of working in an acute hospital setting. | req:R
p | The post holder will need to be able to demonstrate excellent organisational skills. | organizational-skills:R
p | Applicants must be educated to degree level in a health-related subject. | req:R
# required: NHS person specification, Essential
e | Registered Nurse (Adult) with current NMC registration | rn:R
e | NMC registered nurse | rn:R
e | First level registered nurse | rn:R
e | NVQ Level 3 in Health and Social Care or equivalent | vt:R
e | GCSE English and Maths at grade C or above | hs:R
e | GCSEs grade A-C (or 4-9) in English and Mathematics | hs:R
e | Educated to degree level or equivalent experience | req:R
e | Degree in a relevant subject | req:R
e | Experience of working in a GP practice | req:R
e | Experience of using SystmOne or EMIS | req:R
e | Good IT skills including Microsoft Word and Excel | ms-word:R ms-excel:R
e | Excellent communication skills, both verbal and written | cs:R
e | Ability to work as part of a team | teamwork:R
e | Ability to prioritise workload and manage time effectively | time-management:R
e | Knowledge of infection control procedures | infection-control:R
e | Experience of phlebotomy | phlebotomy:R
e | Able to take and record vital signs | vital-signs:R
e | Understanding of patient confidentiality and GDPR | patient-confidentiality:R
e | Post-registration experience in critical care | critical-care:R
e | Evidence of continuing professional development | ce:R
e | Experience of medicines reconciliation | medicines-reconciliation:R
e | Registered with the General Pharmaceutical Council as a Pharmacy Technician | gphc:R
e | Level 3 Diploma in Pharmaceutical Science | req:R
e | Care Certificate | req:R
e | Experience in wound care | wound-care:R
e | Experience of working with people with dementia | req:R
e | Excellent keyboard skills | req:R
e | Audio typing experience | req:R
e | Experience of dealing with complaints | req:R
e | Demonstrable experience of managing budgets | budgeting:R
e | Experience of line management | req:R
e | Ability to use own initiative | req:R
e | Ability to remain calm under pressure | composure:R
e | Excellent attention to detail | attention-to-detail:R
e | Knowledge of medical terminology | mt:R
e | Experience of working in a customer service role | cust:R
e | Full UK driving licence and access to a car | req:R
e | Post-registration experience in an emergency department | emergency-department:R
e | Mentorship qualification or equivalent | req:R
e | IELTS score of 7 or above in each component | ielts:R
# preferred: cue after the term
r | BLS certification preferred | bls:P
r | Bachelor's degree preferred | ba:P
r | Spanish speaking a plus | spanish:P
r | Bilingual in Spanish is a plus | spanish:P
r | Experience with Epic is a plus | req:P
r | Epic experience strongly preferred | req:P
r | Knowledge of ICD-10 a plus | icd-10:P
r | Previous experience in oncology is preferred but not required | oncology:P
r | CMA certification is preferred | req:P
r | Phlebotomy experience is a bonus | phlebotomy:P
r | Experience in a hospital setting is an asset | req:P
r | Knowledge of medical terminology would be an advantage | mt:P
r | Previous experience in dermatology would be beneficial | req:P
r | Wound care certification desirable | wound-care:P
r | Pediatric experience is nice to have | pediatrics:P
r | Experience with athenahealth helpful | athenahealth:P
r | Prior experience with prior authorizations highly desirable | prior-authorization:P
r | CCRC or CCRP certification preferred | ccrc:P ccrp:P alt:ccrc/ccrp
r | MSN preferred | msn:P
r | Master's degree in nursing preferred | lvl:master req:P
r | ACLS certification within 6 months of hire | acls:P
r | BLS required; ACLS preferred | bls:R acls:P
r | Associate degree required, bachelor's degree preferred | aa:R ba:P
r | RN license required; BSN preferred | rn:R bsn:P
r | Medical terminology required, ICD-10 knowledge preferred | mt:R icd-10:P
r | 2 years of experience required, 3 years preferred | yrs:2
# preferred: cue before the term, with scope over a list
r | Preferred: BLS, ACLS and PALS | bls:P acls:P pals:P
r | Preferred experience with Epic, Cerner or Meditech | epic:P cerner:P meditech:P
r | Ideally, experience in cardiology or critical care | cardiology:P critical-care:P
r | Ideally you will have experience of phlebotomy and ECGs | phlebotomy:P ekg:P
r | Preferably with experience in pediatrics | pediatrics:P
r | 2 years of experience, preferably in a hospital setting | yrs:2 set:hospital
r | 3+ years of nursing experience, preferably in home health | yrs:3 home-health:P
r | Experience in a medical office, ideally in primary care | primary-care:P
r | Nice to have: Spanish, Epic, and phlebotomy | spanish:P phlebotomy:P
r | Bonus points for experience with Cerner | cerner:P
r | A plus: knowledge of CPT coding and medical billing | cpt-codes:P medical-billing:P
r | Desired: CCMA or CMA certification | ccma:P cma:P
# preferred: whole line is soft
p | Experience with Epic would be an advantage. | req:P
p | It would be an advantage if you have a phlebotomy qualification. | phlebotomy-certification:P
p | Knowledge of Spanish would be beneficial but is not essential. | spanish:P
p | Experience in oncology would be desirable. | oncology:P
p | Ideally you will have worked in a GP surgery and have experience of EMIS. | req:P
p | Ideally you will have experience in phlebotomy and ECGs. | phlebotomy:P ekg:P
p | We would particularly welcome applicants with experience in mental health. | mental-health:P
p | Applicants with a background in critical care are encouraged to apply. | critical-care:P
p | Candidates with Spanish language skills are encouraged to apply. | spanish:P
p | Previous experience in a pharmacy is desirable but not essential as full training will be given. | req:P
p | Experience of wound care is desirable but not essential. | wound-care:P
p | A BSN is preferred but not required. | bsn:P
p | If you have experience with Cerner, that is a plus. | cerner:P
p | Familiarity with HIPAA is helpful. | hipaa:P
p | Some knowledge of medical terminology would be useful. | mt:P
p | You may also have experience in case management. | case-management:P
p | Experience in a similar role is preferred, though not required. | req:P
p | Although not essential, experience of SystmOne would be an advantage. | req:P
p | Previous NHS experience would be an advantage but is not essential. | req:P
# preferred: the person specification's Desirable column
d | Degree in a health-related subject | req:P
d | Experience of phlebotomy | phlebotomy:P
d | Experience of working in the NHS | req:P
d | Knowledge of EMIS Web | req:P
d | ECDL or equivalent IT qualification | req:P
d | Experience of using Excel to produce reports | ms-excel:P
d | Mentorship qualification | req:P
d | Experience in critical care | critical-care:P
d | ALS certification | req:P
d | Non-medical prescribing qualification | req:P
d | Master's degree in Public Health | mph:P lvl:master
d | Experience of project management | project-management:P
d | PRINCE2 qualification | req:P
d | Ability to speak a second language | req:P
d | Experience of data analysis | data-analysis:P
d | Knowledge of quality improvement methodologies | quality-improvement:P
d | Experience of teaching and mentoring students | mentoring:P
d | Previous experience in a pharmacy setting | req:P
d | NVQ Level 3 in Business Administration | vt:P
d | Knowledge of infection prevention and control | infection-control:P
# preferred: "or working towards"
r | NVQ Level 3 or working towards | vt:P
e | Degree in nursing or working towards | req:A
e | Mentorship qualification or willing to work towards | req:A
e | Level 3 Diploma or willingness to work towards it | req:A
e | Willing to undertake the Care Certificate | req:A
r | CMA certification or willingness to obtain within 90 days of hire | ~cma:P
r | Must obtain BLS certification within 30 days of hire | bls:P
r | Phlebotomy certification or ability to obtain within 6 months | phlebotomy-certification:P
r | CPR certification (or must obtain within first 30 days of employment) | cpr:P
# preferred: labels inside a line
s | Qualifications: Essential: NVQ Level 3 in Health and Social Care. Desirable: Degree in a health subject. | vt:R
s | Experience: Essential: Experience of phlebotomy. Desirable: Experience of ECGs. | phlebotomy:R ekg:P
s | Skills: Essential: Good IT skills. Desirable: Knowledge of SystmOne. | req:R
s | Essential: Registered Nurse with NMC registration. Desirable: Mentorship qualification. | rn:R
s | Knowledge: Essential - medical terminology; Desirable - ICD-10 coding | mt:R icd-10:P
s | Qualifications Essential Registered Nurse Desirable BSc Nursing | rn:R
s | Experience of phlebotomy (E) Experience of ECGs (D) | phlebotomy:R ekg:P
s | Knowledge of Excel (Essential) Knowledge of Access (Desirable) | ms-excel:R
s | Degree in nursing (Desirable) | req:P
s | NMC Registration (Essential) | rn:R
s | Experience in wound care - Desirable | wound-care:P
s | Current BLS - Essential | bls:R
# alternatives: one requirement met by any branch
r | LPN or RN license required | lpn:R rn:R alt:lpn/rn
r | Current LPN/LVN or RN license | lpn:R rn:R alt:rn/lpn
r | CMA, RMA or CCMA certification required | cma:R rma:R ccma:R alt:cma/rma alt:cma/ccma
r | CMA or RMA required | cma:R rma:R alt:rma/cma
r | Certified Medical Assistant (CMA) or Registered Medical Assistant (RMA) | cma:R rma:R alt:cma/rma
r | BLS or CPR certification | bls:R cpr:R alt:bls/cpr
r | Experience with Epic or Cerner | epic:R cerner:R alt:epic/cerner
r | CNA or HHA certification required | cna:R
r | ADN or BSN from an accredited nursing program | adn:R bsn:R alt:adn/bsn
r | Associate's or Bachelor's degree in a related field | aa:A ba:A alt:aa/ba
r | Bachelor's degree or equivalent combination of education and experience | ba:A lvl:bachelor
r | Bachelor's degree or 4 years of equivalent experience | ba:A yrs:4
r | Bachelor's degree in healthcare administration or equivalent experience | ba:A
r | High school diploma, GED or equivalent | hs:R
r | RN or LPN with 2 years of experience | rn:R lpn:R alt:rn/lpn yrs:2
r | CMA, CNA, or EMT certification | cna:R emt:R alt:cna/emt
r | CPhT or PTCB certification | cpht:R
r | CCRC, CCRP or ACRP certification | ccrc:R ccrp:R alt:ccrc/ccrp
r | PMP or CAPM certification | pmp:R capm:R alt:pmp/capm
r | MSN or MHA | msn:R mha:R alt:msn/mha
r | Nurse Practitioner or Physician Assistant license | np:R
r | Completion of a medical assistant program or 1 year of experience as an MA | yrs:1
r | Either a CMA credential or two years of experience in a clinic | cma:A yrs:2
r | Experience with Microsoft Office or Google Workspace | ms-office:A
e | NVQ Level 2 or 3 in Health and Social Care or equivalent | vt:R
e | Registered Nurse or Registered Midwife | rn:A
e | Degree or equivalent experience | req:A
e | GCSE Maths and English or equivalent | hs:R
e | Level 3 qualification or equivalent experience | req:A
e | Educated to A level standard or equivalent experience | req:A
e | ILM Level 5 or equivalent management qualification | req:A
e | BTEC or NVQ in Pharmacy Services | vt:A
p | You will be an RN or an LPN with experience in long-term care. | rn:R lpn:R alt:rn/lpn long-term-care:R
p | Candidates should hold a CMA or RMA certification. | cma:R rma:R alt:cma/rma
p | We are looking for an LPN or RN to join our team. | lpn:R rn:R alt:lpn/rn
# scope of a preferred cue: it must not reach across its own clause
r | BLS required, ACLS a plus | bls:R acls:P
r | Epic experience required; Cerner experience a plus | epic:R cerner:P
r | Must have CNA certification; phlebotomy experience preferred | cna:R phlebotomy:P
r | High school diploma required; associate degree preferred | hs:R aa:P
r | RN required. BSN preferred. | rn:R bsn:P
r | Strong communication skills; Spanish preferred | cs:R spanish:P
r | Medical terminology required and Cerner preferred | mt:R cerner:P
p | You must hold a current RN licence; experience in oncology would be an advantage. | rn:R oncology:P
p | A current BLS certificate is essential and ACLS is desirable. | bls:R acls:P
p | Experience in Excel is essential, while experience of Access would be desirable. | ms-excel:R
p | You will need strong customer service skills; knowledge of medical terminology is a plus. | cust:R mt:P
p | Phlebotomy skills are essential. Experience with ECGs would be an advantage. | phlebotomy:R ekg:P
# not a requirement: about the employer
a | We are a leading provider of home health services across Texas. | home-health:-
a | Founded in 1998, our clinic has provided primary care to the community for 25 years. | primary-care:- yrs:-
a | We are a 300-bed acute care hospital with a Level II trauma center. | req:-
a | Our practice uses Epic and serves over 20,000 patients a year. | epic:-
a | We are a Joint Commission accredited facility. | joint-commission:-
a | Our oncology center is nationally recognized for cancer care. | oncology:-
a | We are an equal opportunity employer. | req:-
a | Our team includes physicians, nurse practitioners, RNs and medical assistants. | rn:- np:- medical-assistant:-
a | Our nurses deliver compassionate care to every patient. | empathy:- nurse:-
a | Our mission is to provide high-quality, patient-centered care to every member of our community. | req:-
a | We believe in teamwork, compassion and integrity. | teamwork:- empathy:-
a | Our values: respect, compassion, teamwork and excellence | teamwork:- empathy:-
a | We are committed to patient safety and quality improvement. | patient-safety:- quality-improvement:-
a | We have been named a Best Place to Work five years in a row. | yrs:-
p | We are a friendly GP practice with 12,000 patients in the heart of Leeds. | req:-
p | The practice is a training practice and uses SystmOne. | req:-
p | Our surgery has a team of six GPs, two advanced nurse practitioners and three practice nurses. | np:- nurse:-
p | We are a busy dermatology practice serving patients across three counties. | req:-
p | The trust provides acute and community services to over 500,000 people. | req:-
p | The department comprises a team of 15 registered nurses and 8 healthcare assistants. | rn:- cna:-
p | The ward is a 28-bedded acute medical ward specialising in respiratory care. | req:-
p | The unit has recently moved to Epic. | epic:-
p | Our hospice supports people with life-limiting illnesses and their families. | req:-
p | We are proud to be rated Outstanding by the CQC. | req:-
# not a requirement: the population served
a | We serve a diverse, largely Spanish-speaking community. | spanish:-
p | The clinic serves pediatric and adolescent patients. | pediatrics:-
p | Our patients are mostly older adults living with chronic conditions. | req:-
p | We provide care to patients with mental health conditions in the community. | req:-
a | We care for over 2,000 residents in our skilled nursing facilities. | req:-
# not a requirement: benefits
b | Tuition reimbursement for BSN and MSN programs | bsn:- msn:-
b | Paid CEUs and BLS renewal | ce:- bls:-
b | Free CPR and First Aid training | cpr:- fa:-
b | Flexible scheduling | flexibility:-
b | Sign-on bonus for RNs | rn:-
b | 401(k) with company match after 1 year | yrs:-
b | Paid time off that grows with 5 years of service | yrs:-
b | Continuing education allowance | ce:-
b | Health, dental and vision insurance | req:-
b | Support for your NVQ Level 3 | vt:-
b | Free Epic training | epic:-
b | Career ladder from CNA to LPN to RN | cna:- lpn:- rn:-
p | In return we offer a generous benefits package, including tuition assistance toward a BSN. | bsn:-
p | We offer flexible hours, free parking and support for your continuing professional development. | ce:- flexibility:-
p | You will receive paid training toward your CMA certification. | cma:-
p | We will fund your phlebotomy certification. | phlebotomy-certification:-
# not a requirement: equal opportunity and legal notices
p | We are an equal opportunity employer and welcome applications from all sections of the community. | req:-
p | We welcome applications from people with disabilities and those who speak Spanish. | spanish:-
p | All applicants will be considered without regard to race, color, religion, sex, national origin or age. | req:-
p | This post is subject to an enhanced DBS check. | req:-
p | This vacancy may close early if a high volume of applications is received. | req:-
p | Applications from job seekers who require Skilled Worker sponsorship are welcome. | req:-
p | Please note that we are unable to offer sponsorship for this role. | req:-
p | Reasonable accommodations are available for qualified individuals with disabilities. | req:-
p | Pursuant to the San Francisco Fair Chance Ordinance, we will consider applicants with arrest records. | req:-
p | We are a Disability Confident employer. | req:-
p | For an informal discussion please contact Jane Smith, Ward Manager, on 01234 567890. | req:-
p | For further information contact the Practice Manager. | req:-
# not a requirement: training the employer provides
p | Full training will be provided. | req:-
p | Full training in phlebotomy will be given. | phlebotomy:-
p | You will receive full training on our Epic system. | epic:-
p | We will support you to complete the Care Certificate. | req:-
p | No experience necessary, as we provide full training. | req:-
p | Training in medical terminology will be provided. | mt:-
p | You will be supported to undertake your NVQ Level 3. | vt:-
p | We will train you in ECGs and phlebotomy. | ekg:- phlebotomy:-
p | You will be given the opportunity to develop your skills in wound care. | wound-care:-
p | There is the opportunity to complete a mentorship qualification. | req:-
p | Successful applicants will complete a comprehensive induction including BLS training. | bls:-
p | The role offers excellent opportunities for professional development and continuing education. | ce:-
p | We will put you through your CMA exam. | cma:-
x | Attend mandatory training including BLS and infection control | bls:A infection-control:A
# not a requirement: the duties of other staff
p | The RN will supervise the care provided by the medical assistants. | rn:- medical-assistant:-
p | You will report to the Nurse Manager. | nurse-manager:-
p | You will report directly to the Clinical Director. | clinical-director:-
p | Reporting to the Practice Manager, you will manage the reception team. | req:-
p | You will work alongside our RNs, LPNs and CNAs. | rn:- lpn:- cna:-
p | You will work closely with physicians, nurse practitioners and medical assistants. | np:- medical-assistant:-
p | You will support the nursing team, including registered nurses and healthcare assistants. | rn:- cna:-
p | You will be supervised by a Registered Nurse. | rn:-
p | The post holder will be line managed by the Clinical Manager. | clinical-manager:-
p | Providers will see patients while you manage the front desk. | req:-
p | You will take messages for the nurses and doctors. | nurse:-
p | You will prepare case notes for the consultants and nurses. | nurse:-
p | Our nurse practitioners perform assessments, while the medical assistant rooms patients. | np:-
p | You will be part of a multidisciplinary team of physiotherapists, occupational therapists and nurses. | nurse:-
p | Our registered nurses administer medications and our CNAs assist with ADLs. | rn:- cna:- medadm:-
p | Physicians are responsible for diagnosis and treatment planning. | req:-
p | The pharmacist will check all prescriptions before they are dispensed. | dispensing:-
p | You will assist the RN with wound care. | rn:- wound-care:A
p | You will take direction from the charge nurse. | charge-nurse:-
p | You will liaise with GPs, district nurses and social workers. | nurse:-
p | Referrals come from GPs, consultants and community nurses. | nurse:-
# a duty of the post: terms asked
x | Schedule patient appointments and verify insurance | appt:A insurance-verification:A
x | Take and record vital signs | vital-signs:A
x | Perform phlebotomy and EKGs | phlebotomy:A ekg:A
x | Document patient care in the EHR | ehr:A
x | Administer medications as ordered | medadm:A
x | Coordinate referrals to specialists | referral-management:A
x | Maintain patient confidentiality in accordance with HIPAA | hipaa:A
x | Supervise and train new medical assistants | staff-training:A
x | Assist residents with activities of daily living | adl-assistance:A
x | Obtain prior authorizations for procedures | prior-authorization:A
x | Conduct patient assessments and develop care plans | patient-assessment:A care-planning:A
x | Provide patient education on chronic disease management | patient-education:A
x | Manage the clinic budget | budgeting:A
x | Enter data accurately into the practice management system | data-entry:A
x | Perform wound care and dressing changes | wound-care:A
x | Collect specimens for laboratory testing | specimen-collection:A
x | Obtain informed consent from study participants | informed-consent:A
x | Ensure compliance with GCP and FDA regulations | gcp:A fda-regulations:A
x | Lead quality improvement projects | quality-improvement:A
p | You will be responsible for taking blood samples, recording ECGs and measuring vital signs. | ekg:A vital-signs:A
p | Duties include scheduling appointments, answering telephones and data entry. | appt:A data-entry:A
p | You will carry out triage of patients presenting to the Emergency Department. | triage:A
p | You will use Epic to document patient encounters. | epic:A
p | You will administer medications and monitor patients' vital signs. | medadm:A vital-signs:A
# non-clinical posts in health organisations
e | AAT Level 3 or equivalent accountancy qualification | req:R
e | CIPD Level 5 qualification or equivalent experience | req:A
e | Experience of using ESR | req:R
e | Advanced Excel skills including pivot tables and VLOOKUPs | ms-excel:R
e | Experience of producing reports for senior managers | req:R
e | Experience of managing a budget | budgeting:R
e | Experience of recruitment administration | req:R
e | Knowledge of the Data Protection Act and GDPR | req:R
e | Experience of minute taking at formal meetings | req:R
e | Experience of working in an NHS finance department | req:R
e | Experience of working with databases | req:R
e | Experience of rostering systems such as HealthRoster | req:R
d | Part-qualified CIMA or ACCA | req:P
d | Knowledge of Agenda for Change terms and conditions | req:P
d | Experience of Power BI or similar reporting tools | req:P
d | ITIL Foundation certificate | req:P
d | Experience of working in a healthcare setting | req:P
d | Knowledge of NHS finance systems | req:P
d | Experience of stakeholder management | stakeholder-management:P
d | Knowledge of change management methodologies | change-management:P
r | Bachelor's degree in Finance, Accounting or related field | ba:A lvl:bachelor
r | 3+ years of experience in revenue cycle management | yrs:3
r | Experience with Workday or other HRIS | req:R
r | Certified Professional Coder (CPC) required | medical-coding:R
r | RHIT or RHIA credential required | healthcare-informatics:R
r | 5 years of IT help desk experience in a hospital environment | yrs:5
r | Knowledge of HL7 and FHIR interfaces preferred | req:P
r | Epic certification in Ambulatory or Cadence required | epic:R
r | Epic certification preferred or obtained within 6 months of hire | epic:P
r | Experience with Kronos timekeeping | req:R
r | SQL experience a plus | req:P
r | Proficiency in Excel, including pivot tables | ms-excel:R
r | Experience in healthcare credentialing preferred | req:P
r | Knowledge of CMS regulations and Medicare billing | cms-regulations:R
r | Experience managing vendor contracts | vendor-management:R
r | Strong project management skills | project-management:R
r | 2 years of experience in patient access or registration | yrs:2
r | CHAA certification preferred | chaa:P
r | Certified Professional in Healthcare Quality (CPHQ) preferred | cphq:P
r | Lean Six Sigma Green Belt preferred | req:P
p | The Finance Officer will support the annual budget process for the Surgery division. | budgeting:A
p | As our Medical Secretary, you will manage consultant diaries and type clinic letters. | req:-
p | The Estates team maintains over 40 buildings across the county. | req:-
p | You will provide administrative support to the Chief Nurse and her team. | nurse:-
p | The HR Advisor will advise managers on employee relations cases. | req:-
p | You will be the first point of contact for patients and visitors at reception. | req:-
p | You will provide IT support to clinical staff including nurses and doctors. | nurse:-
p | The post holder will support the recruitment of registered nurses from overseas. | rn:-
p | You will coordinate the credentialing of physicians and nurse practitioners. | np:- provider-credentialing:A
p | You will book appointments for patients with the nurses and GPs. | nurse:- appt:A
p | You will process invoices for agency nurses and locum doctors. | nurse:-
p | You will maintain the training records of nursing and care staff, including BLS compliance. | bls:-
p | You will chase BLS and manual handling renewals for clinical staff. | bls:-
p | You will support the medical staffing team with rotas for junior doctors. | req:-
p | You will schedule CNAs and LPNs across our three facilities. | cna:- lpn:-
p | The scheduler will arrange shifts for RNs and CNAs. | rn:- cna:-
p | You will verify the licenses of RNs and LPNs before their start date. | rn:- lpn:-
p | You will recruit CNAs, LPNs and RNs for our skilled nursing facilities. | cna:- lpn:- rn:-
p | As a recruiter, you will source registered nurses for hard-to-fill roles. | rn:-
# years: what is an amount, and of what
r | Minimum of two (2) years of experience in a clinical setting | yrs:2
r | 5+ years in healthcare administration, 2 of which in a supervisory role | yrs:5
r | Six months of experience in customer service | yrs:0.5
r | 18 months of experience as a CNA | yrs:1.5
r | At least one year of recent acute care experience | yrs:1
r | 3-5 years of experience in a physician practice | yrs:3
r | Over 3 years' experience of working in a GP surgery | yrs:3
r | New graduates welcome | yrs:-
r | Experience within the last 2 years | yrs:-
r | Must have worked as an RN within the last 5 years | yrs:- rn:R
r | Must be 21 years of age or older | yrs:-
r | Must be willing to commit to a 2 year contract | yrs:-
r | A 12-month fixed-term contract | yrs:-
r | Phlebotomy certification obtained within the last 3 years | yrs:-
e | At least 2 years' post-registration experience | yrs:2
e | Minimum of 12 months' experience in a similar role | yrs:1
e | Substantial experience at Band 6 or above | yrs:-
e | Three years' experience of working in an administrative role | yrs:3
p | The post is offered on a fixed-term basis for 12 months. | yrs:-
p | This is a 2-year secondment opportunity. | yrs:-
p | We have been serving the community for over 50 years. | yrs:-
p | Our clinic sees patients from 2 years of age through adulthood. | yrs:-
# languages
r | Fluency in Spanish preferred | spanish:P
r | Bilingual (English/Spanish) preferred | spanish:P
r | Spanish language skills a plus | spanish:P
r | Ability to communicate in Spanish is highly desirable | spanish:P
r | Must be fluent in Spanish | spanish:R
r | Must speak, read and write English and Spanish | spanish:R
r | Fluent in Polish | ~polish:R
e | Ability to speak Welsh | ~welsh:R
d | Welsh language skills | ~welsh:P
r | Bilingual in Spanish, Vietnamese or Mandarin preferred | spanish:P
p | Spanish speakers are encouraged to apply. | spanish:P
p | We serve Spanish-speaking families across the Rio Grande Valley. | spanish:-
p | Many of our patients speak Spanish as their first language. | spanish:-
p | Interpreters are available for Spanish-speaking patients. | spanish:-
x | Translate for Spanish-speaking patients as needed | spanish:A
# settings
r | 2 years of experience in an acute care hospital | yrs:2
r | 1 year of experience in a medical office setting | yrs:1 set:office
r | Experience in a long-term care or skilled nursing facility | long-term-care:R
r | Experience in a primary care or urgent care setting | primary-care:R
r | Minimum 1 year of experience in a hospital or clinic setting | yrs:1
r | 2 years of RN experience in a home health setting required | yrs:2 home-health:R
r | Outpatient clinic experience preferred | outpatient-care:P
r | ICU or ER experience required | critical-care:R emergency-department:R alt:critical-care/emergency-department
r | Med-surg or telemetry experience preferred | med-surg:P telemetry:P
e | Experience of working in a community setting | req:R
d | Experience of working in primary care | primary-care:P
# licence level: the level asked, not the colleague's
r | LPN with IV certification | lpn:R rn:-
r | RN with 3 years of home health experience | rn:R yrs:3
r | Licensed Practical Nurse or Licensed Vocational Nurse | lpn:R
r | Current state Nurse Practitioner license and DEA registration | np:R
r | Licensed as an RN, with NP certification preferred | rn:R ~np:P
r | Current unencumbered RN license; compact license preferred | rn:R
p | The LPN will report to the RN Supervisor. | lpn:A rn:-
p | You will be an LPN working under the supervision of an RN. | lpn:R rn:-
p | As an LPN, you will work alongside RNs and CNAs to deliver care. | lpn:R rn:- cna:-
p | This is not an RN position. | rn:-
# the NHS paragraph form: a job summary that mixes the unit, the duties and the asks
p | We are looking for an enthusiastic Registered Nurse to join our friendly team on Ward 7. | rn:R
p | We are seeking a motivated Healthcare Assistant with experience in phlebotomy to join our team. | phlebotomy:R
p | The successful applicant will be a qualified phlebotomist with excellent communication skills. | cs:R
p | You will have a caring nature and the ability to work under pressure. | empathy:A
p | Applicants should have experience of working in a busy reception environment. | req:R
p | You should be IT literate with experience of EMIS or SystmOne. | req:R
p | You should have excellent organisational skills and be able to prioritise your workload. | organizational-skills:R
p | Candidates should ideally have experience of working in primary care. | primary-care:P
p | You will ideally have a background in cardiology and hold an ALS qualification. | cardiology:P
p | Experience in a GP practice is desirable but not essential as full training will be provided. | req:P
p | The role would suit a newly qualified nurse or an experienced nurse wishing to develop their skills. | req:-
p | This post would suit someone with an interest in diabetes care. | req:P
p | Applicants with an interest in wound care are particularly welcome. | wound-care:P
p | We welcome applications from newly qualified nurses. | req:-
p | The post holder will be expected to work flexibly across the department. | req:-
p | You will be expected to participate in the on-call rota. | req:-
p | Flexibility is required as the post involves some weekend working. | flexibility:A
# "What you'll bring" / "About you" (US prose)
j | You bring 3+ years of experience as a medical assistant in a busy clinic. | yrs:3
j | You have a current CMA or RMA certification. | cma:R rma:R alt:cma/rma
j | You're comfortable working in Epic and juggling multiple priorities. | multitasking:R
j | You have excellent communication skills and a passion for patient care. | cs:R
j | You speak Spanish (a huge plus!). | spanish:P
j | Bonus if you have experience with prior authorizations. | prior-authorization:P
j | Extra points if you know your way around athenahealth. | athenahealth:P
j | You might also have experience in pediatrics. | pediatrics:P
j | You have, or are working toward, your BLS certification. | bls:P
j | You hold an active RN license (compact preferred). | rn:R
j | You are detail-oriented, organized and calm under pressure. | attention-to-detail:R
j | You thrive in a fast-paced environment. | req:R
j | You love working with people and have a customer service mindset. | cust:R
j | You don't need a degree to apply. | ba:- lvl:-
j | No prior medical office experience? No problem. We will train you. | req:-
j | A degree is not required for this role. | ba:- lvl:-
j | Certification is not required. | req:-
j | Experience in a medical office is not required but is a plus. | req:P
j | CMA certification is not required at the time of hire. | cma:P
j | No experience required. | req:-
# the structured posting's own headings
q | BSN | bsn:P
q | 2+ years of experience in case management | yrs:2 case-management:P
q | Bilingual Spanish | spanish:P
q | Experience with Epic | req:P
q | CCM certification | ccm:P
q | Experience in a Federally Qualified Health Center (FQHC) | primary-care:P
q | Knowledge of value-based care models | value-based-care:P
q | Master's degree in Social Work or Nursing | lvl:master req:P
q | RN license required for this track; LPN considered | rn:P
q | Epic certification required within 6 months | epic:P
# soft qualities: asked as the posting words them
r | Compassionate and patient-centered | empathy:R
r | Self-starter who can work with minimal supervision | initiative:R
r | Strong critical thinking and decision-making skills | critical-thinking:R decision-making:R
r | Ability to adapt to changing priorities | adaptability:R
r | Professional demeanor and appearance | professionalism:R
r | Dependable with excellent attendance | reliability:R
r | Strong analytical skills | analytical-skills:R
r | Excellent time management and prioritization skills | time-management:R
r | Ability to build relationships with providers | relationship-building:R
r | Cultural sensitivity and respect for diversity | cultural-competency:R
r | Ability to de-escalate difficult situations | conflict-resolution:R
a | We value compassion, integrity and teamwork in everything we do. | empathy:- teamwork:-
a | We hire for attitude and train for skill. | req:-
a | Our culture is built on collaboration and respect. | teamwork:-
p | Our staff are compassionate, friendly and professional. | empathy:- professionalism:-
p | We are a supportive team who value leadership and development. | leadership:-
"""


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.strip().splitlines():
        if line.startswith("#"):
            continue
        place, sentence, expected = (part.strip() for part in line.split(" | "))
        rows.append((place, sentence, expected))
    return rows


@cache
def _profile(place: str, sentence: str) -> JobProfile:
    return resumematch.analyze(_TITLE + _PLACES[place].format(s=sentence))


def _term_id(name: str) -> str:
    return _ALIAS.get(name, name)


def misreadings(place: str, sentence: str, expected: str) -> list[str]:
    """What the analysis reads differently from the line's expectations (empty when none)."""
    profile = _profile(place, sentence)
    kinds = {t.term_id: t.kind for t in profile.terms}
    alternatives = {t.term_id: set(t.alternatives) for t in profile.terms}
    requirements = profile.requirements
    phrases = profile.unknown_terms
    wrong: list[str] = []
    for token in expected.split():
        name, _, want = token.rpartition(":")
        if name == "yrs":
            years = {r.years for r in requirements if r.years is not None}
            ok = not years if want == "-" else float(want) in years
        elif name == "lvl":
            levels = {r.level for r in requirements if r.level is not None}
            ok = not levels if want == "-" else want in levels
        elif name == "set":
            ok = any(want in (r.setting or r.subject or "") for r in requirements)
        elif name == "alt":
            first, second = (_term_id(part) for part in want.split("/"))
            ok = _term_id(second) in alternatives.get(first, set())
            name, want = f"alt:{first}", second
        elif name == "req":
            ok = _requirements_read(profile, want)
        elif name.startswith("~"):
            found = [p.kind for p in phrases if name[1:] in p.key.lower()]
            ok = not found if want == "-" else bool(found) and all(k[0].upper() == want for k in found)
        else:
            kind = kinds.get(_term_id(name))
            ok = kind is None if want == "-" else kind is not None and (want == "A" or kind[0].upper() == want)
        if not ok:
            wrong.append(f"{name}:{want}")
    return wrong


def _requirements_read(profile: JobProfile, want: str) -> bool:
    kinds = [r.kind for r in profile.requirements]
    if want == "-":
        return not kinds and not profile.terms and not profile.unknown_terms
    if want == "A":
        return bool(kinds)
    if want == "R":
        return "required" in kinds
    asked = [*kinds, *(t.kind for t in profile.terms), *(p.kind for p in profile.unknown_terms)]
    return bool(kinds) and all(kind == "preferred" for kind in asked)


# Lines still read wrongly at the start of the session: the class of the line, then the misreading.
OPEN: dict[tuple[str, str], str] = {
    (
        "a",
        "Founded in 1998, our clinic has provided primary care to the community for 25 years.",
    ): "about the employer (years or a count read as an ask under its heading): primary-care read required",
    (
        "a",
        "Our practice uses Epic and serves over 20,000 patients a year.",
    ): "about the employer (years or a count read as an ask under its heading): epic read required",
    (
        "a",
        "We care for over 2,000 residents in our skilled nursing facilities.",
    ): "not a requirement: the population served: requirements read none with terms or phrases",
    (
        "p",
        "This post is subject to an enhanced DBS check.",
    ): "legal notices: a check every applicant must pass stays a requirement by design (test_posting_sections)",
    ("r", "ACLS certification within 6 months of hire"): "preferred: cue after the term: acls read required",
    (
        "p",
        "It would be an advantage if you have a phlebotomy qualification.",
    ): "preferred: whole line is soft: phlebotomy-certification read not at all",
    (
        "r",
        "CMA certification or willingness to obtain within 90 days of hire",
    ): 'preferred: "or working towards": phrase cma read required',
    (
        "r",
        "Phlebotomy certification or ability to obtain within 6 months",
    ): 'preferred: "or working towards": phlebotomy-certification read required',
    (
        "r",
        "CPR certification (or must obtain within first 30 days of employment)",
    ): 'preferred: "or working towards": cpr read required',
    (
        "s",
        "Skills: Essential: Good IT skills. Desirable: Knowledge of SystmOne.",
    ): "preferred: labels inside a line: requirements read preferred",
    ("r", "ADN or BSN from an accredited nursing program"): "alternatives: bsn not an alternative of adn",
    (
        "r",
        "Associate's or Bachelor's degree in a related field",
    ): "alternatives: aa read not at all; bachelors-degree not an alternative of associate-degree",
    ("r", "MSN or MHA"): "alternatives: mha not an alternative of msn",
    (
        "p",
        "We are a friendly GP practice with 12,000 patients in the heart of Leeds.",
    ): "not a requirement: about the employer: requirements read none with terms or phrases",
    (
        "p",
        "The practice is a training practice and uses SystmOne.",
    ): "not a requirement: about the employer: requirements read none with terms or phrases",
    (
        "p",
        "The ward is a 28-bedded acute medical ward specialising in respiratory care.",
    ): "not a requirement: about the employer: requirements read none with terms or phrases",
    (
        "p",
        "Our patients are mostly older adults living with chronic conditions.",
    ): "not a requirement: the population served: requirements read none with terms or phrases",
    (
        "p",
        "We provide care to patients with mental health conditions in the community.",
    ): "not a requirement: the population served: requirements read none with terms or phrases",
    (
        "p",
        "We welcome applications from people with disabilities and those who speak Spanish.",
    ): "not a requirement: equal opportunity and legal notices: spanish read required",
    (
        "p",
        "No experience necessary, as we provide full training.",
    ): "not a requirement: training the employer provides: requirements read required with terms or phrases",
    (
        "x",
        "Attend mandatory training including BLS and infection control",
    ): "not a requirement: training the employer provides: bls read not at all",
    (
        "p",
        "The RN will supervise the care provided by the medical assistants.",
    ): "not a requirement: the duties of other staff: rn read required",
    (
        "p",
        "Reporting to the Practice Manager, you will manage the reception team.",
    ): "not a requirement: the duties of other staff: requirements read none with terms or phrases",
    (
        "p",
        "You will take messages for the nurses and doctors.",
    ): "not a requirement: the duties of other staff: nurse read required",
    (
        "p",
        "You will prepare case notes for the consultants and nurses.",
    ): "not a requirement: the duties of other staff: nurse read required",
    (
        "p",
        "Our nurse practitioners perform assessments, while the medical assistant rooms patients.",
    ): "not a requirement: the duties of other staff: np read required",
    (
        "p",
        "Our registered nurses administer medications and our CNAs assist with ADLs.",
    ): "not a requirement: the duties of other staff: rn read required; medadm read required",
    ("d", "Part-qualified CIMA or ACCA"): "non-clinical posts in health organisations: requirements read none",
    (
        "p",
        "As our Medical Secretary, you will manage consultant diaries and type clinic letters.",
    ): "non-clinical posts in health organisations: requirements read none with terms or phrases",
    (
        "p",
        "You will be the first point of contact for patients and visitors at reception.",
    ): "non-clinical posts in health organisations: requirements read none with terms or phrases",
    (
        "p",
        "You will schedule CNAs and LPNs across our three facilities.",
    ): "non-clinical posts in health organisations: lpn read required",
    (
        "p",
        "You will recruit CNAs, LPNs and RNs for our skilled nursing facilities.",
    ): "non-clinical posts in health organisations: lpn read required; rn read required",
    (
        "p",
        "As a recruiter, you will source registered nurses for hard-to-fill roles.",
    ): "non-clinical posts in health organisations: rn read required",
    ("p", "Many of our patients speak Spanish as their first language."): "languages: spanish read required",
    ("p", "Interpreters are available for Spanish-speaking patients."): "languages: spanish read required",
    (
        "r",
        "Licensed as an RN, with NP certification preferred",
    ): "licence level: the level asked, not the colleague's: phrase np read required",
    ("p", "This is not an RN position."): "licence level: the level asked, not the colleague's: rn read required",
    (
        "p",
        "The role would suit a newly qualified nurse or an experienced nurse wishing to develop their skills.",
    ): "the NHS paragraph form: requirements read none with terms or phrases",
    (
        "p",
        "This post would suit someone with an interest in diabetes care.",
    ): "the NHS paragraph form: requirements read none",
    (
        "p",
        "We welcome applications from newly qualified nurses.",
    ): "the NHS paragraph form: requirements read none with terms or phrases",
    (
        "j",
        "You have, or are working toward, your BLS certification.",
    ): '"What you\'ll bring" / "About you" (US prose): bls read required',
    (
        "j",
        "No prior medical office experience? No problem. We will train you.",
    ): '"What you\'ll bring" / "About you" (US prose): requirements read required/required with terms or phrases',
    (
        "j",
        "Certification is not required.",
    ): '"What you\'ll bring" / "About you" (US prose): requirements read preferred',
    (
        "j",
        "CMA certification is not required at the time of hire.",
    ): '"What you\'ll bring" / "About you" (US prose): cma read not at all',
    ("j", "No experience required."): '"What you\'ll bring" / "About you" (US prose): requirements read required',
    ("q", "Epic certification required within 6 months"): "the structured posting's own headings: epic read required",
    (
        "p",
        "Our staff are compassionate, friendly and professional.",
    ): "soft qualities: asked as the posting words them: professionalism read required",
    (
        "p",
        "We are a supportive team who value leadership and development.",
    ): "soft qualities: asked as the posting words them: leadership read required",
}


def _cases() -> list[object]:
    cases: list[object] = []
    for place, sentence, expected in _rows():
        reason = OPEN.get((place, sentence))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(place, sentence, expected, marks=marks, id=f"{place}:{sentence[:50]}"))
    return cases


@pytest.mark.parametrize(("place", "sentence", "expected"), _cases())
def test_a_posting_line_is_read_as_a_recruiter_reads_it(place: str, sentence: str, expected: str) -> None:
    assert misreadings(place, sentence, expected) == []


def test_every_open_line_is_a_row_of_the_table() -> None:
    rows = {(place, sentence) for place, sentence, _ in _rows()}
    assert set(OPEN) <= rows


def test_the_table_is_long_and_its_lines_unique() -> None:
    rows = _rows()
    assert len(rows) >= 500
    assert len({(place, sentence) for place, sentence, _ in rows}) == len(rows)
