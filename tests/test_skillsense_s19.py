"""Hard skills and specialties in other senses (issue #18 precision, nineteenth session).

A table written from knowledge of how resumes word things, before any rule and not from a set's
errors: a hard skill's words where the skill is not the candidate's. The word in another field's
sense ("triage" of service calls, "telemetry" of vehicles, an "operations room", "case management"
software, a "budgeting app", "quality assurance" of software), the setting or specialty as the
employer of a non-clinical job or as a customer's site, the patient's condition or destination
("post-operative patients", "referred to primary care"), another person's act, a course not
completed, an interest, a goal, a job wanted, a posting's requirement pasted in; and beside them
held lines that look alike. Each line is read inside a short resume in the section a resume would
hold it in, as the accuracy benchmark counts a held term: a line of another field's sense in an IT
specialist's resume, an employer's or customer's line in a healthcare support worker's
(``notheld_table``), every other line (and every held one) in a nursing assistant's, where no
business-resume reading helps. Rows still read wrongly are strict xfails whose reason is their
class (``OPEN``).
"""

from __future__ import annotations

import pytest
from conftest import held_on_line
from notheld_table import Row, Section, resume_with

# term | section | class ("+": held; else why not held) | line
_TABLE = """
# telehealth
telehealth | exp | sense | Built the telehealth app's login screens in React
telehealth | sum | employer | Payroll clerk at a telehealth startup for three years
telehealth | exp | customer | Sold telehealth carts to rural hospitals
telehealth | obj | wanted | Seeking a remote role with a telehealth company
telehealth | exp | sense | Wrote marketing copy for a telemedicine platform
telehealth | skill | interest | Interests: telemedicine, digital health, hiking
telehealth | exp | posting | Preferred: experience with telehealth services
telehealth | exp | customer | Installed cameras and network gear for telehealth rooms
telehealth | exp | + | Conducted telehealth visits with 20 patients a day
telehealth | exp | + | Roomed patients for virtual visits and checked vitals by video
telehealth | exp | + | Provided telephone and telehealth follow-up for discharged patients
# medical terminology
medical-terminology | edu | course | Medical Terminology course (in progress)
medical-terminology | sum | goal | Plan to take a medical terminology class this fall
medical-terminology | exp | posting | Required: knowledge of medical terminology
medical-terminology | obj | interest | Eager to learn medical terminology on the job
medical-terminology | exp | sense | Edited a medical terminology textbook for a publisher
medical-terminology | skill | + | Medical terminology, HIPAA, scheduling
medical-terminology | exp | + | Used medical terminology daily to transcribe physician notes
# anatomy
anatomy | edu | course | Currently enrolled in Anatomy and Physiology I
anatomy | sum | goal | Will complete anatomy and physiology before applying to nursing school
anatomy | exp | sense | Sketched figures for an anatomy drawing class at the art school
anatomy | exp | sense | Sold anatomy models to medical schools
anatomy | exp | posting | Must have completed human anatomy coursework
anatomy | edu | + | Coursework: Human Anatomy and Physiology I and II (A)
anatomy | skill | + | Anatomy and physiology, medical terminology
# physiology
physiology | exp | sense | Studied plant physiology in a greenhouse lab
physiology | edu | course | Physiology (enrolled, spring 2026)
physiology | skill | + | Anatomy, physiology, pharmacology
# biology
biology | exp | + | Taught biology to ninth graders
biology | sum | goal | Planning to major in biology
biology | exp | sense | Sold biology lab kits to schools
biology | exp | sense | Molecular biology software sales to university labs
biology | edu | + | Bachelor of Science in Biology, 2018
biology | skill | + | Biology lab techniques: PCR, cell culture
# phlebotomy
phlebotomy | edu | course | Enrolled in a phlebotomy course starting March 2026
phlebotomy | obj | wanted | Seeking a phlebotomy position at a hospital lab
phlebotomy | exp | posting | Required: 1 year of phlebotomy experience
phlebotomy | exp | employer | Receptionist at a phlebotomy training school
phlebotomy | exp | customer | Sold venipuncture needles and tubes to clinics
phlebotomy | exp | sense | Scheduled blood draws for the phlebotomists
phlebotomy | exp | sense | Drew blood from cattle for herd health testing
phlebotomy | obj | interest | Interested in phlebotomy as a career
phlebotomy | exp | + | Performed venipuncture on 40 patients a day
phlebotomy | exp | + | Completed blood draws and heel sticks on newborns
phlebotomy | skill | + | Phlebotomy, specimen processing, EKG
# vital signs
vital-signs | exp | sense | Taught blood pressure classes at the senior center
vital-signs | exp | sense | Sold blood pressure cuffs at the pharmacy counter
vital-signs | exp | sense | Checked the vital signs of the company's servers every morning
vital-signs | exp | sense | Tracked the blood pressure of dogs under anesthesia
vital-signs | exp | customer | Repaired blood pressure monitors for the clinics
vital-signs | edu | course | Vital signs module (to be completed)
vital-signs | exp | others | Recorded vital signs taken by the nurses into the log
vital-signs | exp | + | Took vital signs and weights for 30 patients a day
vital-signs | exp | + | Checked blood pressures and reported abnormal readings
vital-signs | exp | + | Recorded vital signs every four hours
# ekg
ekg | exp | customer | Sold EKG electrodes to cardiology offices
ekg | exp | others | Filed EKG strips read by the cardiologist
ekg | edu | course | EKG technician course, starting June 2026
ekg | obj | wanted | Seeking an EKG technician role
ekg | exp | posting | Preferred: experience performing 12-lead EKGs
ekg | exp | sense | Scheduled EKG appointments for the cardiology office
ekg | exp | + | Ran 12-lead EKGs on chest pain patients
ekg | exp | + | Performed EKGs and Holter hookups
# clinical knowledge
clinical-knowledge | obj | goal | Looking to gain clinical experience before nursing school
clinical-knowledge | sum | goal | Hoping to build clinical skills in a hospital
clinical-knowledge | exp | posting | Required: 2 years of clinical experience
clinical-knowledge | sum | others | Supported staff with clinical backgrounds as their scheduler
clinical-knowledge | exp | sense | Recruited candidates with clinical experience for hospital clients
clinical-knowledge | sum | + | Five years of clinical experience in acute care
clinical-knowledge | skill | + | Clinical skills: vitals, wound care, catheter care
# nursing experience
nursing-experience | exp | others | Recruited nurses with bedside nursing experience
nursing-experience | exp | posting | Required: two years of professional nursing experience
nursing-experience | obj | wanted | Seeking a role in bedside nursing after graduation
nursing-experience | exp | sense | Scheduled interviews for nursing practice candidates
nursing-experience | sum | + | Ten years of bedside nursing in med-surg and telemetry
# medical ethics
medical-ethics | edu | course | Bioethics seminar (audit, no credit)
medical-ethics | exp | sense | Organized the bioethics lecture series for the philosophy department
medical-ethics | sum | interest | Interests: bioethics podcasts, chess
medical-ethics | exp | posting | Knowledge of research ethics is preferred
medical-ethics | edu | + | Completed research ethics training (CITI), 2023
medical-ethics | exp | + | Served on the hospital's clinical ethics committee
# bookkeeping
bookkeeping | sum | goal | Learning QuickBooks to help with my family's business
bookkeeping | exp | others | Sent invoices to the accounts payable team
bookkeeping | exp | sense | Sold QuickBooks subscriptions to small businesses
bookkeeping | exp | posting | Preferred: accounts receivable experience
bookkeeping | edu | course | Bookkeeping certificate course (in progress)
bookkeeping | exp | + | Handled accounts payable and bank reconciliations
bookkeeping | exp | + | Kept the books in QuickBooks for a 12-person office
# record keeping
record-keeping | exp | sense | Set three school records in the 400 meters
record-keeping | exp | customer | Sold records management software to law firms
record-keeping | exp | posting | Must maintain records according to policy
record-keeping | exp | + | Maintained records of patient visits and referrals
record-keeping | exp | + | Managed records retention for the clinic's paper charts
# medical coding
medical-coding | obj | wanted | Seeking an entry-level medical coder position
medical-coding | edu | course | Medical coding course, expected completion 2026
medical-coding | exp | others | Sent charts to the medical coders for review
medical-coding | exp | employer | Receptionist at a medical coding school
medical-coding | exp | posting | Required: outpatient coding experience
medical-coding | sum | goal | Goal: become a certified professional coder
medical-coding | exp | sense | Wrote software code for medical devices
medical-coding | exp | + | Coded outpatient visits for a family practice
medical-coding | exp | + | Performed inpatient coding for a 200-bed hospital
# icd-10
icd-10 | exp | customer | Trained physicians' offices on the ICD-10 transition as a software trainer
icd-10 | edu | course | ICD-10-CM coding class (in progress)
icd-10 | exp | posting | Knowledge of ICD-10 codes preferred
icd-10 | obj | interest | Eager to learn ICD-10 coding
icd-10 | exp | + | Assigned ICD-10 codes to outpatient visits
icd-10 | skill | + | ICD-10-CM, CPT, HCPCS
# cpt
cpt-codes | edu | course | CPT coding class, spring 2026 (enrolled)
cpt-codes | exp | posting | Required: knowledge of CPT coding
cpt-codes | obj | interest | Would like to learn CPT coding
cpt-codes | exp | + | Assigned CPT codes to office visits and procedures
cpt-codes | skill | + | CPT coding, ICD-10, Epic
# medical billing
medical-billing | exp | sense | Processed insurance claims for auto accident damage
medical-billing | exp | sense | Handled homeowners' insurance claims after storms
medical-billing | exp | sense | Resolved billing issues for cable TV customers
medical-billing | exp | sense | Answered billing inquiries for a utility company
medical-billing | exp | customer | Sold billing software to dental offices
medical-billing | obj | wanted | Seeking a medical billing role
medical-billing | edu | course | Medical billing course (in progress)
medical-billing | exp | posting | Required: 2 years of medical billing
medical-billing | exp | + | Submitted insurance claims to Medicare and Medicaid for a clinic
medical-billing | exp | + | Handled patient billing and collections for an orthopedic practice
medical-billing | exp | + | Processed medical claims and appeals for denied claims
# credentialing
provider-credentialing | exp | sense | Maintained contractor credentialing for the construction site
provider-credentialing | exp | sense | Handled vendor credentialing through Vendormate for hospital visits
provider-credentialing | exp | sense | Managed press credentialing for the election night event
provider-credentialing | exp | others | Sent files to the credentialing department
provider-credentialing | exp | sense | Credentialing of student athletes for the conference
provider-credentialing | obj | wanted | Seeking a credentialing specialist position
provider-credentialing | exp | posting | Preferred: credentialing experience
provider-credentialing | exp | + | Completed initial credentialing and recredentialing for 60 physicians
provider-credentialing | exp | + | Managed provider credentialing and payer enrollment for 40 providers
# insurance verification
insurance-verification | exp | sense | Verified insurance for rental car customers
insurance-verification | exp | sense | Verified proof of auto insurance at the DMV counter
insurance-verification | exp | sense | Determined eligibility for SNAP and cash assistance
insurance-verification | exp | others | Sent schedules to the insurance verification team
insurance-verification | exp | posting | Required: insurance verification experience
insurance-verification | exp | + | Verified insurance eligibility for patients before visits
insurance-verification | exp | + | Verified insurance benefits and obtained authorizations for MRI
# prior auth
prior-authorization | exp | others | Sent faxes to the prior authorization team
prior-authorization | exp | posting | Experience with prior authorizations preferred
prior-authorization | exp | sense | Obtained prior approval from the city for building permits
prior-authorization | exp | + | Obtained prior authorizations for MRIs and CT scans
prior-authorization | exp | + | Submitted pre-certs to insurers for surgeries
# patient flow
patient-flow | exp | sense | Managed traffic flow in the parking garage
patient-flow | exp | sense | Managed customer flow at the bank's busiest branch
patient-flow | exp | posting | Must be able to manage patient flow in a busy clinic
patient-flow | exp | sense | Managed bed placement in the furniture showroom
patient-flow | exp | + | Managed patient flow at the front desk of a busy clinic
patient-flow | exp | + | Coordinated bed placement for ED admissions
# data entry
data-entry | exp | others | Trained the data entry clerks on the new system
data-entry | exp | posting | Required: data entry accuracy of 98%
data-entry | obj | wanted | Seeking a data entry clerk position
data-entry | exp | + | Data entry of patient demographics into Epic
data-entry | skill | + | Data entry, 10-key, Microsoft Excel
# database management
database-management | exp | posting | Preferred: experience with SQL Server
database-management | edu | course | SQL Server course (enrolled)
database-management | obj | interest | Interested in learning databases
database-management | exp | + | Administered SQL Server databases for the hospital
database-management | skill | + | SQL Server, stored procedures, database administration
# data management
data-management | exp | posting | Responsible for data integrity (job description)
data-management | exp | sense | Sold data quality software to banks
data-management | obj | interest | Interested in clinical data management
data-management | exp | + | Performed data cleaning and data validation for three studies
data-management | exp | + | Resolved data discrepancies in the study database
# data collection
data-collection | exp | others | Scheduled visits for the study coordinators who collected data
data-collection | exp | sense | Collected data plans from wireless customers
data-collection | obj | interest | Interested in research data collection
data-collection | exp | + | Collected study data at each visit and entered it in REDCap
data-collection | exp | + | Collected data for a falls prevention project
# data analysis
data-analysis | exp | others | Prepared slides for the data analytics team
data-analysis | exp | posting | Preferred: data analytics experience
data-analysis | edu | course | Data Analytics certificate (in progress)
data-analysis | obj | goal | Goal: move into data analytics
data-analysis | exp | + | Analyzed data on no-show rates and presented results
data-analysis | exp | + | Built KPI dashboards in Tableau for clinic leaders
# clinical research
clinical-research | exp | employer | Receptionist at a clinical research site
clinical-research | exp | employer | Accounts payable clerk at a clinical research organization
clinical-research | obj | wanted | Seeking an entry-level clinical research coordinator role
clinical-research | sum | interest | Interested in clinical research
clinical-research | exp | customer | Sold software to clinical trial sponsors
clinical-research | exp | posting | Required: 2 years of clinical research experience
clinical-research | exp | sense | Enrolled in a clinical trial as a healthy volunteer
clinical-research | exp | + | Coordinated clinical trials in oncology for three years
clinical-research | exp | + | Managed four clinical studies from startup to closeout
# patient recruitment
patient-recruitment | exp | sense | Recruited nurses for travel assignments
patient-recruitment | exp | posting | Preferred: participant recruitment experience
patient-recruitment | exp | + | Recruited participants for a diabetes study
patient-recruitment | exp | + | Screened and enrolled subjects in two trials
# informed consent
informed-consent | exp | sense | Collected parental consent forms for the field trip
informed-consent | exp | sense | Filed consent forms for photo releases at the school
informed-consent | exp | posting | Required: experience with the informed consent process
informed-consent | exp | + | Obtained informed consent from study participants
informed-consent | exp | + | Consented patients for procedures and witnessed signatures
# protocol adherence
protocol-adherence | exp | sense | Followed protocols for network security at the bank
protocol-adherence | exp | sense | Followed protocols for food safety in the kitchen
protocol-adherence | exp | posting | Must follow clinical protocols
protocol-adherence | exp | + | Followed clinical protocols for sepsis screening
protocol-adherence | exp | + | Ensured protocol compliance at each study visit
# protocol development
protocol-development | exp | sense | Helped develop protocols for the IT help desk
protocol-development | exp | posting | Experience with protocol writing preferred
protocol-development | exp | + | Helped develop protocols for a new study
# study documentation
study-documentation | exp | sense | Maintained regulatory documents for the bank's audits
study-documentation | exp | posting | Maintain regulatory binders (job requirement)
study-documentation | exp | + | Maintained regulatory binders and essential documents for four studies
study-documentation | exp | + | Reviewed source documents at each monitoring visit
# study startup
study-startup | exp | sense | Managed the start-up of a coffee shop
study-startup | exp | posting | Preferred: site start-up experience
study-startup | exp | + | Led site activation for two oncology trials
# regulatory compliance
regulatory-compliance | exp | + | Ensured compliance with OSHA rules on the construction site
regulatory-compliance | exp | + | Monitored compliance with FINRA rules for the brokerage
regulatory-compliance | exp | posting | Ensure compliance with all regulations (job description)
regulatory-compliance | exp | others | Sent records to the compliance department
regulatory-compliance | exp | + | Ensured regulatory compliance with CMS and state rules
# regulatory affairs
regulatory-affairs | exp | posting | Experience with regulatory submissions preferred
regulatory-affairs | exp | + | Prepared regulatory submissions to the IRB and FDA
# quality assurance
quality-assurance | exp | posting | Perform quality audits (job description)
quality-assurance | exp | others | Sent charts to the quality assurance team
quality-assurance | exp | + | Performed quality audits of patient charts
quality-assurance | exp | + | Ran daily quality control checks on glucometers
# quality improvement
quality-improvement | exp | sense | Led performance improvement of the company's web servers
quality-improvement | exp | sense | Improved the quality of the school's lunch menu
quality-improvement | exp | others | Took minutes for the quality committee
quality-improvement | exp | posting | Participate in quality improvement initiatives (job description)
quality-improvement | exp | + | Led a quality improvement project on hand hygiene
quality-improvement | exp | + | Served on the unit's quality committee and tracked falls data
# process improvement
process-improvement | exp | posting | Preferred: Lean Six Sigma
process-improvement | edu | course | Lean Six Sigma Green Belt course (in progress)
process-improvement | obj | interest | Interested in process improvement
process-improvement | exp | + | Led a workflow improvement project that cut wait times 20%
process-improvement | skill | + | Lean Six Sigma, workflow optimization
# clinical operations
clinical-operations | exp | sense | Managed daily operations of a grocery store
clinical-operations | exp | sense | Oversaw daily operations of a 40-room hotel
clinical-operations | exp | sense | Managed the daily operations of the warehouse
clinical-operations | exp | posting | Manage the daily operations of the clinic (job description)
clinical-operations | exp | others | Reported to the director of clinic operations
clinical-operations | exp | + | Managed the daily operations of a family medicine clinic
clinical-operations | exp | + | Oversaw clinic operations for four primary care sites
# healthcare management
healthcare-management | edu | course | Healthcare management courses (enrolled)
healthcare-management | obj | goal | Goal: a career in healthcare management
healthcare-management | exp | others | Scheduled meetings for the hospital executives
healthcare-management | exp | + | Ten years of health care management in hospitals
healthcare-management | edu | + | Bachelor of Science in Health Services Management, 2015
# patient safety
patient-safety | exp | sense | Taught fall prevention classes at the senior center as a fitness instructor
patient-safety | exp | sense | Installed grab bars for fall prevention in clients' homes
patient-safety | exp | sense | Sold fall prevention mats to nursing homes
patient-safety | exp | posting | Promote patient safety (job description)
patient-safety | exp | + | Led fall prevention rounds on the unit
patient-safety | exp | + | Reduced patient falls 30% with hourly rounding
# infection control
infection-control | exp | sense | Trained kitchen staff on hand hygiene and food safety
infection-control | exp | sense | Sold hand hygiene products to hospitals
infection-control | exp | sense | Cleaned the daycare's toys per the center's infection control rules
infection-control | exp | sense | Followed standard precautions for the tattoo studio
infection-control | exp | posting | Knowledge of infection control required
infection-control | exp | + | Followed isolation precautions and hand hygiene on the unit
infection-control | exp | + | Audited hand hygiene on three nursing units
# risk management
risk-management | exp | + | Performed risk assessments of loan portfolios
risk-management | exp | + | Risk analysis of trading positions for the hedge fund
risk-management | exp | + | Performed risk assessment of the bank's credit card fraud
risk-management | exp | posting | Knowledge of risk management preferred
risk-management | exp | + | Reported incidents to risk management and did root cause analysis
risk-management | exp | + | Performed fall risk assessments on admission
# policies and procedures
policies-and-procedures | exp | posting | Follow hospital policies and procedures (job description)
policies-and-procedures | exp | + | Wrote departmental policies and procedures for the lab
policies-and-procedures | exp | + | Updated hospital policies on restraint use
# sop
sop | exp | posting | Follow SOPs (job description)
sop | exp | + | Wrote SOPs for specimen processing in the lab
sop | exp | + | Followed study SOPs at each research visit
# project management
project-management | edu | course | Project management course (in progress)
project-management | obj | goal | Goal: earn a project management role
project-management | exp | posting | Project management experience preferred
project-management | exp | others | Took notes for the project management office
project-management | exp | + | Managed the project to move the clinic to Epic
project-management | exp | + | Led project planning for a new outpatient wing
# budgeting
budgeting | exp | sense | Built a budgeting app for personal finance
budgeting | exp | customer | Sold budgeting software to small businesses
budgeting | exp | posting | Manage the department budget (job description)
budgeting | exp | others | Sent reports to the budget office
budgeting | exp | + | Managed a $2M operating budget for the unit
budgeting | exp | + | Prepared the annual budget for the clinic
# financial management
financial-management | exp | sense | Taught financial literacy to teens
financial-management | exp | sense | Sold financial reporting software to banks
financial-management | exp | posting | Prepare financial reports (job description)
financial-management | exp | + | Prepared monthly financial reports for the practice
financial-management | exp | + | Cut labor costs 8% with better scheduling
# resource allocation
resource-allocation | exp | + | Allocated resources across three clinics during flu season
# strategic planning
strategic-planning | exp | others | Took notes at the board's strategic planning retreat
strategic-planning | exp | posting | Contribute to strategic planning (job description)
strategic-planning | exp | + | Led strategic planning for the hospital's cancer program
strategic-planning | exp | + | Developed a three-year strategic plan for the clinic
# performance management
performance-management | exp | sense | Tuned server performance for the web team
performance-management | exp | others | Received strong performance reviews each year
performance-management | exp | others | Filed performance evaluations for the HR department
performance-management | exp | posting | Conduct staff evaluations (job description)
performance-management | exp | + | Wrote performance reviews for 12 staff
performance-management | exp | + | Conducted annual performance evaluations for medical assistants
# staffing
staffing | exp | employer | Receptionist at a staffing agency
staffing | exp | sense | Staffed the booth at the county fair
staffing | exp | posting | Manage staffing levels (job description)
staffing | exp | others | Worked for a nurse staffing agency's payroll team
staffing | exp | + | Managed staffing levels for a 30-bed unit
staffing | exp | + | Planned staffing for a 24-hour clinic
# stakeholder management
stakeholder-management | exp | + | Managed stakeholder communication for the Epic go-live
# vendor management
vendor-management | exp | sense | Sold crafts as a vendor at the farmers' market
vendor-management | exp | others | Registered as a vendor with the hospital's vendor credentialing system
vendor-management | exp | + | Managed vendor contracts and vendor performance for the lab
# change management
change-management | exp | sense | Managed change for the cash register at the store
change-management | exp | sense | Managed changing priorities in a busy office
change-management | exp | + | Led change management for the move to a new EHR
# case management
case-management | exp | sense | Managed case files for a law firm
case-management | exp | sense | Managed cases for the insurance fraud unit
case-management | exp | sense | Sold case management software to hospitals
case-management | exp | sense | Built case management software for social services agencies
case-management | exp | sense | Special education case manager for 20 students
case-management | exp | sense | Worked as a case manager for a court diversion program
case-management | exp | others | Scheduled meetings with the case manager and families
case-management | obj | wanted | Seeking a case manager position
case-management | exp | + | RN case manager for 60 patients with heart failure
case-management | exp | + | Performed patient case management for high-risk members
# utilization review
utilization-review | exp | sense | Reviewed utilization of office space for the facilities team
utilization-review | exp | posting | Utilization review experience preferred
utilization-review | exp | + | Performed concurrent reviews with InterQual criteria
utilization-review | exp | + | Completed utilization review for inpatient admissions
# discharge planning
discharge-planning | exp | sense | Planned the discharge of the soldiers from the base
discharge-planning | exp | others | Transported patients to their cars after discharge by the nurses
discharge-planning | exp | posting | Assist with discharge planning (job description)
discharge-planning | exp | + | Coordinated discharge planning with families and SNFs
discharge-planning | exp | + | Led transition planning for patients going home
# chronic disease
chronic-disease-management | exp | sense | Lived with a chronic condition and coached others online
chronic-disease-management | exp | others | Drove patients with chronic conditions to appointments
chronic-disease-management | exp | customer | Sold insurance plans to people with chronic conditions
chronic-disease-management | exp | + | Coached patients on chronic disease self-management
chronic-disease-management | exp | + | Managed chronic conditions such as diabetes and CHF in clinic patients
# value based care
value-based-care | exp | customer | Sold analytics to accountable care organizations
value-based-care | exp | posting | Knowledge of value-based care preferred
value-based-care | exp | + | Tracked quality measures for the ACO's shared savings program
# patient navigation
patient-navigation | exp | sense | Helped tourists navigate the city as a tour guide
patient-navigation | exp | others | Referred patients to the nurse navigator
patient-navigation | exp | others | Scheduled appointments for the patient navigator
patient-navigation | obj | wanted | Seeking a patient navigator role
patient-navigation | exp | + | Patient navigator for breast cancer patients
patient-navigation | exp | + | Provided care navigation for new oncology patients
# patient advocacy
patient-advocacy | exp | sense | Advocated for clients in housing court
patient-advocacy | exp | others | Referred complaints to the patient advocate
patient-advocacy | exp | + | Served as a patient advocate for families in the ICU
patient-advocacy | exp | + | Advocated for patients with insurers and pharmacies
# healthcare informatics
healthcare-informatics | edu | course | Health informatics courses (in progress)
healthcare-informatics | obj | goal | Goal: move into nursing informatics
healthcare-informatics | exp | others | Scheduled training for the clinical informatics team
healthcare-informatics | exp | + | Nursing informatics specialist for the Epic build
healthcare-informatics | lic | + | RHIT, AHIMA, 2019
# patient confidentiality
patient-confidentiality | exp | sense | Kept client confidentiality at the law firm
patient-confidentiality | exp | sense | Protected the confidentiality of employee salaries
patient-confidentiality | exp | sense | Kept donor records confidential at the nonprofit
patient-confidentiality | exp | posting | Maintain confidentiality of PHI (job description)
patient-confidentiality | exp | + | Protected patient privacy and PHI per HIPAA
patient-confidentiality | exp | + | Kept patient information confidential at the front desk
# operating room
operating-room | exp | sense | Managed the hotel's operations room during events
operating-room | exp | sense | Staffed the emergency operations room during the flood
operating-room | exp | employer | Supply chain manager for perioperative services
operating-room | exp | customer | Delivered surgical trays to the operating room as a sterile processing runner
operating-room | exp | customer | Sold surgical instruments to operating rooms
operating-room | exp | customer | Cleaned operating rooms between cases as an environmental services aide
operating-room | obj | wanted | Seeking a perioperative nursing role after graduation
operating-room | exp | posting | Required: 2 years of OR experience
operating-room | exp | + | Circulating nurse in the operating room for ortho and spine cases
operating-room | exp | + | Scrubbed in on general and cardiac surgery cases
operating-room | exp | + | Perioperative nurse for a 20-room surgical suite
# emergency department
emergency-department | exp | customer | Delivered meals to the emergency room as a food service worker
emergency-department | exp | customer | Installed software for the emergency department as an IT analyst
emergency-department | exp | customer | Sold monitors to emergency departments
emergency-department | obj | wanted | Seeking a registration role in an emergency department
emergency-department | exp | sense | Called the emergency room to report the power outage
emergency-department | exp | others | Drove my neighbor to the emergency room
emergency-department | exp | posting | Required: 1 year of emergency room experience
emergency-department | exp | + | Staff nurse in a 40-bed emergency department
emergency-department | exp | + | Worked in the emergency room as a registered nurse
emergency-department | role | + | Emergency Department Technician, Mercy Hospital 2019 - 2023
# postoperative care
postoperative-care | exp | others | Transported post-operative patients to their rooms
postoperative-care | exp | customer | Delivered linens to the recovery room
postoperative-care | obj | wanted | Seeking a PACU nurse role
postoperative-care | exp | + | PACU nurse caring for patients after anesthesia
postoperative-care | exp | + | Provided post-operative care for joint replacement patients
# patient satisfaction
patient-satisfaction | exp | sense | Raised guest satisfaction scores at the hotel
patient-satisfaction | exp | others | Mailed Press Ganey surveys for the quality office
patient-satisfaction | exp | + | Raised HCAHPS scores on the unit by 12 points
patient-satisfaction | exp | + | Improved patient experience scores at the clinic
# clinical documentation
clinical-documentation | exp | sense | Wrote network documentation for the IT department
clinical-documentation | exp | sense | Kept good documentation of help desk tickets
clinical-documentation | exp | sense | Wrote user documentation for the billing software
clinical-documentation | exp | sense | Maintained documentation for the construction project
clinical-documentation | exp | sense | Charted sales trends in Excel
clinical-documentation | exp | sense | Tested charting screens for an EHR vendor as a software QA analyst
clinical-documentation | exp | others | Filed patient charts written by the nurses
clinical-documentation | exp | others | Scanned flowsheets for the medical records department
clinical-documentation | exp | + | Documented patient care in Epic flowsheets
clinical-documentation | exp | + | Charted vital signs and intake and output every shift
clinical-documentation | exp | + | Completed clinical documentation for 20 patients a day
# inventory management
inventory-management | exp | + | Managed inventory of auto parts at the dealership
inventory-management | exp | + | Counted inventory at the clothing store
inventory-management | exp | + | Ran inventory counts at the grocery store
inventory-management | exp | + | Managed medical supplies and par levels for the clinic
inventory-management | exp | + | Managed inventory and ordering for the surgical unit
# patient care
patient-care | exp | sense | Provided pet care and dog walking for neighbors
patient-care | exp | sense | Provided direct care to horses at the stable
patient-care | exp | sense | Took care of customers at the DME counter
patient-care | exp | others | Scheduled shifts for the direct care staff
patient-care | exp | posting | Provide direct patient care (job description)
patient-care | exp | + | Provided direct patient care to 12 residents a shift
patient-care | exp | + | Delivered bedside care on a med-surg unit
# oncology
oncology | exp | employer | Marketing coordinator for the cancer center
oncology | exp | employer | Front desk receptionist at an oncology practice, checking in patients
oncology | exp | customer | Sold oncology drugs to hematology/oncology practices
oncology | exp | customer | Launched the cancer care campaign for the hospital's marketing team
oncology | exp | others | Drove my mother to her oncology appointments
oncology | obj | wanted | Seeking a role in oncology nursing
oncology | exp | posting | Required: 2 years of oncology experience
oncology | obj | interest | Passionate about cancer care since my aunt's illness
oncology | exp | + | Oncology nurse on a 30-bed hematology/oncology unit
oncology | exp | + | Administered chemotherapy in an outpatient oncology clinic
oncology | exp | + | Provided cancer care to patients receiving radiation
# cardiology
cardiology | exp | employer | Billing clerk for a cardiology group
cardiology | exp | customer | Sold stents to cath labs across the region
cardiology | exp | customer | Serviced imaging equipment in cardiac cath labs
cardiology | obj | wanted | Seeking a position in cardiology
cardiology | exp | others | Scheduled patients for the cardiology clinic's physicians
cardiology | exp | posting | Cardiac care experience preferred
cardiology | exp | + | Staff nurse on a cardiac unit caring for post-MI patients
cardiology | exp | + | Cath lab nurse assisting with interventional cardiology cases
# pediatrics
pediatrics | exp | sense | Taught pediatric swim lessons at the YMCA
pediatrics | exp | employer | Receptionist at a pediatric dental office
pediatrics | exp | employer | Billing clerk for a pediatric practice
pediatrics | exp | customer | Sold pediatric formula to hospitals
pediatrics | obj | wanted | Seeking a pediatric nursing position
pediatrics | exp | posting | Pediatric experience required
pediatrics | exp | others | Brought my son to his pediatric appointments
pediatrics | exp | + | Pediatric nurse on a 24-bed pediatric unit
pediatrics | exp | + | Provided pediatric care to infants and toddlers in clinic
# geriatrics
geriatrics | exp | sense | Cooked meals at a senior living community's kitchen as a dietary aide
geriatrics | exp | customer | Sold elder care insurance
geriatrics | obj | interest | Interested in geriatric care
geriatrics | exp | sense | Taught chair yoga to seniors at the community center
geriatrics | exp | + | Geriatric nurse for residents with dementia
geriatrics | exp | + | Provided elder care to residents in assisted living
# critical care
critical-care | exp | customer | Delivered meals to the ICU as a food service worker
critical-care | exp | customer | Installed monitors in the ICU as a biomedical technician
critical-care | exp | customer | Cleaned ICU rooms as an environmental services aide
critical-care | exp | customer | Took portable x-rays in the ICU and NICU as a radiology tech
critical-care | obj | wanted | Seeking an ICU nurse role after orientation
critical-care | exp | posting | Required: 2 years of ICU experience
critical-care | exp | others | Visited my father in the ICU daily
critical-care | exp | sense | Mapped workflows with the ED and ICU as a software consultant
critical-care | exp | + | ICU nurse caring for ventilated patients
critical-care | exp | + | Staff nurse in a 20-bed medical intensive care unit
critical-care | exp | + | Worked in the NICU caring for premature infants
# med-surg
med-surg | exp | customer | Delivered supplies to the med-surg floors
med-surg | obj | wanted | Seeking a med-surg position as a new graduate
med-surg | exp | posting | Med-surg experience required
med-surg | exp | customer | Entered orders for a 32-bed med/surg unit as a unit clerk
med-surg | exp | + | Med-surg nurse on a 30-bed unit
med-surg | exp | + | Cared for five to six medical-surgical patients a shift
# telemetry
telemetry | exp | sense | Analyzed vehicle telemetry for the racing team
telemetry | exp | sense | Monitored network telemetry for the data center
telemetry | exp | sense | Built telemetry pipelines for IoT sensors
telemetry | exp | sense | Reviewed satellite telemetry at the ground station
telemetry | exp | sense | Set up telemetry dashboards for the mobile app
telemetry | obj | wanted | Seeking a telemetry nurse role
telemetry | exp | posting | Telemetry experience preferred
telemetry | exp | + | Telemetry nurse on a 32-bed step-down unit
telemetry | exp | + | Monitored cardiac telemetry and reported rhythm changes
telemetry | exp | + | Watched telemetry monitors for 40 patients as a monitor tech
# obstetrics
obstetrics | exp | employer | Receptionist at an OB/GYN office
obstetrics | exp | others | Scheduled appointments for the obstetrics clinic
obstetrics | obj | wanted | Seeking a labor and delivery nurse position
obstetrics | exp | posting | L&D experience required
obstetrics | exp | + | Labor and delivery nurse for 60 births a month
obstetrics | exp | + | Cared for mothers and newborns on the maternity unit
# mental health
mental-health | exp | sense | Raised money for a mental health charity
mental-health | exp | customer | Sold insurance to behavioral health clinics
mental-health | exp | employer | Payroll clerk at a behavioral health agency
mental-health | obj | wanted | Seeking a role in behavioral health
mental-health | sum | interest | Advocate for mental health awareness on social media
mental-health | exp | + | Mental health technician on an inpatient psychiatric unit
mental-health | exp | + | Provided behavioral health services to adults with serious mental illness
# home health
home-health | exp | employer | Payroll specialist at a home health agency
home-health | exp | employer | Billing clerk for a home health agency
home-health | exp | customer | Sold software to home health agencies
home-health | exp | others | Set up home health services for patients going home
home-health | exp | others | Referred patients to home health agencies at discharge
home-health | obj | wanted | Seeking a home health aide position
home-health | exp | + | Home health aide visiting six patients a day
home-health | exp | + | Provided home nursing visits for wound care
# long-term care
long-term-care | exp | customer | Sold lab testing to long-term care facilities
long-term-care | exp | customer | Delivered medications to nursing homes as a pharmacy driver
long-term-care | exp | others | Placed patients in skilled nursing facilities after discharge
long-term-care | exp | others | Visited my grandmother at her nursing home
long-term-care | exp | employer | Accountant for a chain of assisted living facilities
long-term-care | obj | wanted | Seeking a CNA position in a nursing home
long-term-care | exp | posting | Long-term care experience preferred
long-term-care | exp | + | CNA in a 120-bed skilled nursing facility
long-term-care | exp | + | Charge nurse at a long-term care facility
# primary care
primary-care | exp | others | Referred high readings to primary care
primary-care | exp | others | Helped members find a primary care doctor
primary-care | exp | customer | Sold EHR software to family practice offices
primary-care | exp | employer | Biller at a family medicine clinic
primary-care | obj | wanted | Seeking a medical assistant role in primary care
primary-care | exp | + | Medical assistant in a busy family medicine clinic
primary-care | exp | + | Roomed patients and gave vaccines in primary care
# outpatient
outpatient-care | exp | employer | Front desk at an outpatient imaging center
outpatient-care | exp | customer | Sold supplies to outpatient clinics
outpatient-care | exp | customer | Supervised couriers across four outpatient clinics
outpatient-care | obj | wanted | Seeking a role in outpatient care
outpatient-care | exp | + | Nurse in an outpatient clinic giving infusions
outpatient-care | exp | + | Provided ambulatory care to 25 patients a day
# rehabilitation
rehabilitation | exp | sense | Rehabbed houses for resale
rehabilitation | exp | sense | Worked at a drug rehab center's thrift store
rehabilitation | exp | sense | Helped rehab injured wildlife at the sanctuary
rehabilitation | exp | others | Drove patients to cardiac rehabilitation appointments
rehabilitation | exp | others | Placed patients in inpatient rehabilitation after discharge
rehabilitation | exp | + | Rehab aide on a 24-bed inpatient rehabilitation unit
rehabilitation | exp | + | Provided physical rehabilitation after stroke
# wound care
wound-care | exp | sense | Dressed wounds of injured dogs at the shelter
wound-care | exp | others | Scheduled patients for the wound care clinic
wound-care | exp | posting | Wound care experience preferred
wound-care | obj | wanted | Seeking a wound care nurse role
wound-care | exp | + | Performed dressing changes and wound assessments
wound-care | exp | + | Provided wound care for pressure ulcers
# med admin
medication-administration | exp | sense | Administered medications to dogs and cats at the clinic
medication-administration | exp | others | Delivered medications to the units for nurses to administer
medication-administration | exp | posting | Administer medications per orders (job description)
medication-administration | exp | + | Administered oral and IM medications to residents
medication-administration | exp | + | Passed medications to 20 residents every shift
# iv therapy
iv-therapy | exp | sense | Started IV lines on horses at the equine clinic
iv-therapy | exp | others | Set up supplies for the nurses' IV starts
iv-therapy | exp | customer | Sold infusion pumps to infusion therapy clinics
iv-therapy | exp | posting | IV therapy experience required
iv-therapy | exp | + | Started IVs and hung fluids
iv-therapy | exp | + | Provided infusion therapy in an outpatient clinic
# triage
triage | exp | sense | Triaged service calls for the HVAC company
triage | exp | sense | Triaged incoming emails for the CEO
triage | exp | sense | Covered the triage desk phones at night as a billing rep
triage | exp | sense | Triaged incidents for the network operations center
triage | exp | sense | Triaged customer returns at the warehouse
triage | exp | others | Transferred calls to the triage nurse
triage | exp | posting | Telephone triage experience preferred
triage | exp | + | Triaged walk-in patients by acuity
triage | exp | + | Performed telephone triage using nurse protocols
# specimen collection
specimen-collection | exp | sense | Collected water samples for the city lab
specimen-collection | exp | others | Delivered lab specimens to the lab as a courier
specimen-collection | exp | others | Transported specimens from the clinics to the hospital lab
specimen-collection | exp | + | Collected urine and throat specimens for testing
specimen-collection | exp | + | Labeled and processed lab specimens
# patient assessment
patient-assessment | exp | sense | Assessed damage to rental cars
patient-assessment | exp | sense | Completed intake assessments for housing clients at the shelter
patient-assessment | exp | sense | Performed student assessments for the reading program
patient-assessment | exp | others | Coordinated move-ins with the nurse for assessments
patient-assessment | exp | + | Completed head-to-toe assessments every shift
patient-assessment | exp | + | Performed clinical assessments on new admissions
# care planning
care-planning | exp | others | Physician signs the plan of care before the first visit
care-planning | exp | others | Carried out plans of care set by the supervising therapist
care-planning | exp | sense | Taught staff to read care plans in an English class
care-planning | exp | sense | Planned care packages for deployed soldiers
care-planning | exp | + | Developed individualized care plans for residents
care-planning | exp | + | Wrote and updated nursing care plans each shift
# spanish
spanish | edu | course | Spanish I (in progress)
spanish | obj | goal | Learning Spanish to serve patients better
spanish | exp | + | Taught Spanish at the high school
spanish | exp | others | Called the Spanish interpreter for families
spanish | skill | + | Fluent in Spanish and English
spanish | skill | + | Languages: Spanish (fluent), English
# dispensing
dispensing | exp | sense | Dispensed fuel at the gas station
dispensing | exp | sense | Dispensed ice cream at the shop
dispensing | exp | others | Delivered dispensed prescriptions to patients' homes as a driver
dispensing | obj | wanted | Seeking a pharmacy technician role dispensing medications
dispensing | exp | + | Dispensed prescriptions under pharmacist supervision
dispensing | exp | + | Filled and dispensed 300 prescriptions a day
# med rec
medicines-reconciliation | exp | sense | Reconciled bank accounts monthly
medicines-reconciliation | exp | posting | Perform medication reconciliation (job description)
medicines-reconciliation | exp | + | Completed medication reconciliation at admission
medicines-reconciliation | exp | + | Performed med rec for discharged patients
# controlled drugs
controlled-drugs | exp | sense | Arrested suspects for possession of controlled substances as a police officer
controlled-drugs | exp | sense | Tested employees for controlled substances as an HR assistant
controlled-drugs | exp | posting | Handle controlled substances per policy (job description)
controlled-drugs | exp | + | Counted controlled substances at shift change
controlled-drugs | exp | + | Kept the controlled drug register
# compounding
pharmacy-compounding | exp | sense | Mixed paint colors at the hardware store
pharmacy-compounding | exp | posting | Sterile compounding experience preferred
pharmacy-compounding | edu | course | Sterile compounding course (enrolled)
pharmacy-compounding | exp | + | Performed sterile compounding under USP 797
pharmacy-compounding | exp | + | Prepared IV admixtures in the clean room
# more senses and destinations
triage | exp | sense | Triaged help desk tickets by priority for the bank
triage | skill | sense | Ticket triage, Active Directory, Windows 11
telemetry | skill | sense | Telemetry: Prometheus, Grafana, OpenTelemetry
operating-room | exp | sense | Ran the operations room for the county's 911 dispatch
case-management | skill | sense | Case management systems: Salesforce Service Cloud
patient-care | exp | sense | Provided customer care for cell phone subscribers
clinical-documentation | skill | sense | Documentation: Confluence, SharePoint, Visio
medical-billing | exp | sense | Resolved billing issues for wireless customers
home-health | exp | others | Arranged home health and DME after discharge
long-term-care | exp | others | Arranged placements to SNFs and assisted living for discharged patients
primary-care | exp | others | Referred uninsured patients to primary care clinics
rehabilitation | exp | others | Referred patients to outpatient rehab
mental-health | exp | others | Referred clients to behavioral health services
oncology | exp | others | Referred patients to oncology for follow-up
cardiology | exp | others | Referred patients to cardiology after abnormal results
wound-care | exp | others | Referred patients to the wound care clinic
obstetrics | exp | others | Referred pregnant patients to OB for prenatal care
pediatrics | exp | others | Referred children to pediatrics for vaccines
critical-care | exp | others | Transferred patients to the ICU as a transporter
postoperative-care | exp | others | Transported patients from the recovery room to their rooms
emergency-department | exp | others | Sent patients with chest pain to the emergency room
primary-care | exp | + | Worked in primary care as a medical assistant for four years
home-health | exp | + | Provided home health visits after discharge
triage | exp | + | Triaged patient calls and scheduled same-day visits
emergency-department | exp | customer | Cleaned rooms on the ICU, Emergency Department and PACU after discharges
emergency-department | exp | customer | Routed calls to the ICU, Emergency Department and pharmacy
critical-care | exp | customer | Billed ICU and PACU charges for the hospital
emergency-department | exp | + | Registered patients in the Emergency Department and the ICU
critical-care | exp | + | Transferred to the ICU in 2019 after two years on med-surg
home-health | exp | + | Arranged visits and provided home health care to 8 patients a day
vital-signs | exp | + | Took blood pressures before each class at the cardiac rehab gym
patient-safety | exp | sense | Led fall prevention lessons for seniors at the YMCA
"""

_CLASSES: dict[str, str] = {
    "sense": "the words in another field's sense are read as the skill",
    "employer": "a setting or specialty that is only the employer of a non-clinical job is read as held",
    "customer": "a setting served, sold to or visited for other work is read as held",
    "others": "another person's act, or a patient's condition or destination, is read as the candidate's",
    "course": "a course not completed is read as held",
    "goal": "a goal or plan is read as held",
    "interest": "an interest is read as held",
    "wanted": "a job wanted is read as held",
    "posting": "a posting's requirement pasted in is read as held",
    "+": "a held line is not read",
}

# Settings and specialties in frames of a job wanted, an interest, a posting's requirement, an
# employer or a customer (not held), and of a place worked (held): (phrase, term).
_SETTINGS: list[tuple[str, str]] = [
    ("oncology", "oncology"),
    ("pediatrics", "pediatrics"),
    ("cardiology", "cardiology"),
    ("critical care", "critical-care"),
    ("the emergency department", "emergency-department"),
    ("med-surg", "med-surg"),
    ("labor and delivery", "obstetrics"),
    ("behavioral health", "mental-health"),
    ("home health", "home-health"),
    ("long-term care", "long-term-care"),
    ("primary care", "primary-care"),
    ("rehabilitation", "rehabilitation"),
    ("the operating room", "operating-room"),
    ("geriatrics", "geriatrics"),
    ("telemetry", "telemetry"),
    ("outpatient care", "outpatient-care"),
]

_SETTING_NOT: list[tuple[Section, str, str]] = [
    ("obj", "wanted", "Seeking a nursing position in {x}"),
    ("obj", "wanted", "Looking for an entry-level role in {x}"),
    ("obj", "interest", "Especially interested in {x}"),
    ("sum", "goal", "Long-term goal: to work in {x}"),
    ("exp", "posting", "Required: two years of experience in {x}"),
]

_SETTING_HELD: list[tuple[Section, str]] = [
    ("exp", "Registered nurse in {x} for five years"),
]


def _table() -> list[tuple[Section, str, str, str]]:
    """(section, line, term, class) of the written rows and the setting frames."""
    rows: list[tuple[Section, str, str, str]] = []
    for raw in _TABLE.strip().splitlines():
        if raw.startswith("#"):
            continue
        term, section, kind, line = (part.strip() for part in raw.split(" | "))
        rows.append((section, line, term, kind))  # type: ignore[arg-type]
    for phrase, term in _SETTINGS:
        for section, kind, frame in _SETTING_NOT:
            rows.append((section, frame.format(x=phrase), term, kind))
        for section, frame in _SETTING_HELD:
            rows.append((section, frame.format(x=phrase), term, "+"))
    return rows


TABLE = _table()
ROWS: list[Row] = [(section, line, term, kind == "+") for section, line, term, kind in TABLE]

# Rows still read wrongly: (line, term) (their reason is their class).
_OPEN: set[tuple[str, str]] = {
    ("Payroll clerk at a telehealth startup for three years", "telehealth"),
    ("Seeking a remote role with a telehealth company", "telehealth"),
    ("Installed cameras and network gear for telehealth rooms", "telehealth"),
    ("Edited a medical terminology textbook for a publisher", "medical-terminology"),
    ("Will complete anatomy and physiology before applying to nursing school", "anatomy"),
    ("Sketched figures for an anatomy drawing class at the art school", "anatomy"),
    ("Must have completed human anatomy coursework", "anatomy"),
    ("Studied plant physiology in a greenhouse lab", "physiology"),
    ("Molecular biology software sales to university labs", "biology"),
    ("Biology lab techniques: PCR, cell culture", "biology"),
    ("Seeking a phlebotomy position at a hospital lab", "phlebotomy"),
    ("Receptionist at a phlebotomy training school", "phlebotomy"),
    ("Scheduled blood draws for the phlebotomists", "phlebotomy"),
    ("Checked the vital signs of the company's servers every morning", "vital-signs"),
    ("Repaired blood pressure monitors for the clinics", "vital-signs"),
    ("Recorded vital signs taken by the nurses into the log", "vital-signs"),
    ("Filed EKG strips read by the cardiologist", "ekg"),
    ("EKG technician course, starting June 2026", "ekg"),
    ("Seeking an EKG technician role", "ekg"),
    ("Scheduled EKG appointments for the cardiology office", "ekg"),
    ("Looking to gain clinical experience before nursing school", "clinical-knowledge"),
    ("Hoping to build clinical skills in a hospital", "clinical-knowledge"),
    ("Supported staff with clinical backgrounds as their scheduler", "clinical-knowledge"),
    ("Recruited candidates with clinical experience for hospital clients", "clinical-knowledge"),
    ("Recruited nurses with bedside nursing experience", "nursing-experience"),
    ("Seeking a role in bedside nursing after graduation", "nursing-experience"),
    ("Scheduled interviews for nursing practice candidates", "nursing-experience"),
    ("Bioethics seminar (audit, no credit)", "medical-ethics"),
    ("Organized the bioethics lecture series for the philosophy department", "medical-ethics"),
    ("Must maintain records according to policy", "record-keeping"),
    ("Receptionist at a medical coding school", "medical-coding"),
    ("Wrote software code for medical devices", "medical-coding"),
    ("Trained physicians' offices on the ICD-10 transition as a software trainer", "icd-10"),
    ("Processed insurance claims for auto accident damage", "medical-billing"),
    ("Handled homeowners' insurance claims after storms", "medical-billing"),
    ("Seeking a medical billing role", "medical-billing"),
    ("Verified insurance for rental car customers", "insurance-verification"),
    ("Determined eligibility for SNAP and cash assistance", "insurance-verification"),
    ("Obtained prior approval from the city for building permits", "prior-authorization"),
    ("Must be able to manage patient flow in a busy clinic", "patient-flow"),
    ("Managed bed placement in the furniture showroom", "patient-flow"),
    ("Responsible for data integrity (job description)", "data-management"),
    ("Scheduled visits for the study coordinators who collected data", "data-collection"),
    ("Collected data plans from wireless customers", "data-collection"),
    ("Receptionist at a clinical research site", "clinical-research"),
    ("Accounts payable clerk at a clinical research organization", "clinical-research"),
    ("Sold software to clinical trial sponsors", "clinical-research"),
    ("Followed protocols for network security at the bank", "protocol-adherence"),
    ("Followed protocols for food safety in the kitchen", "protocol-adherence"),
    ("Must follow clinical protocols", "protocol-adherence"),
    ("Helped develop protocols for the IT help desk", "protocol-development"),
    ("Maintained regulatory documents for the bank's audits", "study-documentation"),
    ("Maintain regulatory binders (job requirement)", "study-documentation"),
    ("Ensure compliance with all regulations (job description)", "regulatory-compliance"),
    ("Perform quality audits (job description)", "quality-assurance"),
    ("Performed quality audits of patient charts", "quality-assurance"),
    ("Led performance improvement of the company's web servers", "quality-improvement"),
    ("Took minutes for the quality committee", "quality-improvement"),
    ("Participate in quality improvement initiatives (job description)", "quality-improvement"),
    ("Manage the daily operations of the clinic (job description)", "clinical-operations"),
    ("Reported to the director of clinic operations", "clinical-operations"),
    ("Promote patient safety (job description)", "patient-safety"),
    ("Knowledge of infection control required", "infection-control"),
    ("Performed fall risk assessments on admission", "risk-management"),
    ("Follow hospital policies and procedures (job description)", "policies-and-procedures"),
    ("Follow SOPs (job description)", "sop"),
    ("Took notes for the project management office", "project-management"),
    ("Built a budgeting app for personal finance", "budgeting"),
    ("Manage the department budget (job description)", "budgeting"),
    ("Prepare financial reports (job description)", "financial-management"),
    ("Took notes at the board's strategic planning retreat", "strategic-planning"),
    ("Contribute to strategic planning (job description)", "strategic-planning"),
    ("Filed performance evaluations for the HR department", "performance-management"),
    ("Conduct staff evaluations (job description)", "performance-management"),
    ("Manage staffing levels (job description)", "staffing"),
    ("Managed change for the cash register at the store", "change-management"),
    ("Managed changing priorities in a busy office", "change-management"),
    ("Reviewed utilization of office space for the facilities team", "utilization-review"),
    ("Assist with discharge planning (job description)", "discharge-planning"),
    ("Lived with a chronic condition and coached others online", "chronic-disease-management"),
    ("Drove patients with chronic conditions to appointments", "chronic-disease-management"),
    ("Sold analytics to accountable care organizations", "value-based-care"),
    ("Advocated for clients in housing court", "patient-advocacy"),
    ("Referred complaints to the patient advocate", "patient-advocacy"),
    ("Maintain confidentiality of PHI (job description)", "patient-confidentiality"),
    ("Seeking a perioperative nursing role after graduation", "operating-room"),
    ("Installed software for the emergency department as an IT analyst", "emergency-department"),
    ("Seeking a registration role in an emergency department", "emergency-department"),
    ("Drove my neighbor to the emergency room", "emergency-department"),
    ("Seeking a PACU nurse role", "postoperative-care"),
    ("Mailed Press Ganey surveys for the quality office", "patient-satisfaction"),
    ("Tested charting screens for an EHR vendor as a software QA analyst", "clinical-documentation"),
    ("Provide direct patient care (job description)", "patient-care"),
    ("Front desk receptionist at an oncology practice, checking in patients", "oncology"),
    ("Drove my mother to her oncology appointments", "oncology"),
    ("Seeking a role in oncology nursing", "oncology"),
    ("Passionate about cancer care since my aunt's illness", "oncology"),
    ("Billing clerk for a cardiology group", "cardiology"),
    ("Seeking a position in cardiology", "cardiology"),
    ("Scheduled patients for the cardiology clinic's physicians", "cardiology"),
    ("Receptionist at a pediatric dental office", "pediatrics"),
    ("Billing clerk for a pediatric practice", "pediatrics"),
    ("Seeking a pediatric nursing position", "pediatrics"),
    ("Brought my son to his pediatric appointments", "pediatrics"),
    ("Cooked meals at a senior living community's kitchen as a dietary aide", "geriatrics"),
    ("Took portable x-rays in the ICU and NICU as a radiology tech", "critical-care"),
    ("Seeking an ICU nurse role after orientation", "critical-care"),
    ("Visited my father in the ICU daily", "critical-care"),
    ("Seeking a med-surg position as a new graduate", "med-surg"),
    ("Entered orders for a 32-bed med/surg unit as a unit clerk", "med-surg"),
    ("Seeking a telemetry nurse role", "telemetry"),
    ("Receptionist at an OB/GYN office", "obstetrics"),
    ("Scheduled appointments for the obstetrics clinic", "obstetrics"),
    ("Seeking a labor and delivery nurse position", "obstetrics"),
    ("Payroll clerk at a behavioral health agency", "mental-health"),
    ("Seeking a role in behavioral health", "mental-health"),
    ("Advocate for mental health awareness on social media", "mental-health"),
    ("Payroll specialist at a home health agency", "home-health"),
    ("Billing clerk for a home health agency", "home-health"),
    ("Set up home health services for patients going home", "home-health"),
    ("Placed patients in skilled nursing facilities after discharge", "long-term-care"),
    ("Visited my grandmother at her nursing home", "long-term-care"),
    ("Seeking a CNA position in a nursing home", "long-term-care"),
    ("Helped members find a primary care doctor", "primary-care"),
    ("Biller at a family medicine clinic", "primary-care"),
    ("Seeking a medical assistant role in primary care", "primary-care"),
    ("Front desk at an outpatient imaging center", "outpatient-care"),
    ("Supervised couriers across four outpatient clinics", "outpatient-care"),
    ("Seeking a role in outpatient care", "outpatient-care"),
    ("Worked at a drug rehab center's thrift store", "rehabilitation"),
    ("Placed patients in inpatient rehabilitation after discharge", "rehabilitation"),
    ("Scheduled patients for the wound care clinic", "wound-care"),
    ("Seeking a wound care nurse role", "wound-care"),
    ("Administer medications per orders (job description)", "medication-administration"),
    ("Sold infusion pumps to infusion therapy clinics", "iv-therapy"),
    ("Delivered lab specimens to the lab as a courier", "specimen-collection"),
    ("Completed intake assessments for housing clients at the shelter", "patient-assessment"),
    ("Coordinated move-ins with the nurse for assessments", "patient-assessment"),
    ("Physician signs the plan of care before the first visit", "care-planning"),
    ("Carried out plans of care set by the supervising therapist", "care-planning"),
    ("Taught staff to read care plans in an English class", "care-planning"),
    ("Planned care packages for deployed soldiers", "care-planning"),
    ("Called the Spanish interpreter for families", "spanish"),
    ("Delivered dispensed prescriptions to patients' homes as a driver", "dispensing"),
    ("Perform medication reconciliation (job description)", "medicines-reconciliation"),
    ("Arrested suspects for possession of controlled substances as a police officer", "controlled-drugs"),
    ("Tested employees for controlled substances as an HR assistant", "controlled-drugs"),
    ("Handle controlled substances per policy (job description)", "controlled-drugs"),
    ("Sent patients with chest pain to the emergency room", "emergency-department"),
    ("Seeking a nursing position in oncology", "oncology"),
    ("Looking for an entry-level role in oncology", "oncology"),
    ("Seeking a nursing position in pediatrics", "pediatrics"),
    ("Looking for an entry-level role in pediatrics", "pediatrics"),
    ("Seeking a nursing position in cardiology", "cardiology"),
    ("Looking for an entry-level role in cardiology", "cardiology"),
    ("Seeking a nursing position in critical care", "critical-care"),
    ("Looking for an entry-level role in critical care", "critical-care"),
    ("Seeking a nursing position in the emergency department", "emergency-department"),
    ("Looking for an entry-level role in the emergency department", "emergency-department"),
    ("Seeking a nursing position in med-surg", "med-surg"),
    ("Looking for an entry-level role in med-surg", "med-surg"),
    ("Seeking a nursing position in labor and delivery", "obstetrics"),
    ("Looking for an entry-level role in labor and delivery", "obstetrics"),
    ("Seeking a nursing position in behavioral health", "mental-health"),
    ("Looking for an entry-level role in behavioral health", "mental-health"),
    ("Seeking a nursing position in home health", "home-health"),
    ("Looking for an entry-level role in home health", "home-health"),
    ("Seeking a nursing position in long-term care", "long-term-care"),
    ("Looking for an entry-level role in long-term care", "long-term-care"),
    ("Seeking a nursing position in primary care", "primary-care"),
    ("Looking for an entry-level role in primary care", "primary-care"),
    ("Seeking a nursing position in rehabilitation", "rehabilitation"),
    ("Looking for an entry-level role in rehabilitation", "rehabilitation"),
    ("Seeking a nursing position in the operating room", "operating-room"),
    ("Looking for an entry-level role in the operating room", "operating-room"),
    ("Seeking a nursing position in geriatrics", "geriatrics"),
    ("Looking for an entry-level role in geriatrics", "geriatrics"),
    ("Seeking a nursing position in telemetry", "telemetry"),
    ("Looking for an entry-level role in telemetry", "telemetry"),
    ("Seeking a nursing position in outpatient care", "outpatient-care"),
    ("Looking for an entry-level role in outpatient care", "outpatient-care"),
}

OPEN: dict[tuple[str, str], str] = {
    (line, term): _CLASSES[kind] for _, line, term, kind in TABLE if (line, term) in _OPEN
}


_TOPS: dict[str, tuple[str, str, str]] = {
    "clinical": (
        "Jane Doe, CNA",
        "Certified nursing assistant with six years of experience in hospitals.",
        "Certified Nursing Assistant, Mercy Hospital, 2016 - 2023\n- Answered call lights and fed residents",
    ),
    "field": (
        "Jane Doe",
        "IT support specialist with eight years of experience in banking and retail.",
        "IT Support Specialist, First County Bank, 2016 - 2023\n- Reset passwords and imaged laptops",
    ),
}


def _resume(kind: str, section: Section, line: str) -> str:
    """A short resume holding ``line``: a support worker's for an employer's or customer's line
    (``notheld_table``), an IT specialist's for another field's sense, a nursing assistant's
    for the rest."""
    if kind in ("employer", "customer"):
        return resume_with(section, line)
    name, summary, job = _TOPS["field" if kind == "sense" else "clinical"]
    parts = {
        "sig": f"{line}\n",
        "name": f"{name}\n",
        "sum": f"Summary\n{summary}\n" + (f"{line}\n" if section == "sum" else ""),
        "obj": f"Objective\n{line}\n" if section == "obj" else "",
        "exp": f"Experience\n{job}\n" + (f"- {line}\n" if section == "exp" else ""),
        "role": f"Experience\n{line}\n- Answered phones and greeted visitors\n",
        "edu": "Education\nHigh School Diploma, 2012\n" + (f"{line}\n" if section == "edu" else ""),
        "lic": f"Licenses and Certifications\n{line}\n" if section == "lic" else "",
        "skill": f"Skills\n{line}\n" if section == "skill" else "",
        "ref": f"References\n{line}\n" if section == "ref" else "",
    }
    order = ["sig" if section == "sig" else "name", "sum", "obj", "skill"]
    order += ["role" if section == "role" else "exp", "edu", "lic", "ref"]
    return "".join(parts[k] for k in order)


def _cases() -> list[object]:
    """One case a row; a row still read wrongly is a strict xfail with its class's reason."""
    out: list[object] = []
    for section, line, term_id, kind in TABLE:
        reason = OPEN.get((line, term_id))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        label = f"{kind}:{term_id}:{line[:40]}"
        out.append(pytest.param(section, line, term_id, kind, marks=marks, id=label))
    return out


@pytest.mark.parametrize(("section", "line", "term_id", "kind"), _cases())
def test_whether_the_skill_is_the_candidates(section: Section, line: str, term_id: str, kind: str) -> None:
    assert held_on_line(_resume(kind, section, line), line, term_id) is (kind == "+")


def test_the_table_is_well_formed() -> None:
    from resumematch import default_vocabulary

    vocabulary = default_vocabulary()
    assert len(ROWS) >= 700
    assert len({(line, term) for _, line, term, _ in ROWS}) == len(ROWS)
    assert all(kind in _CLASSES for *_, kind in TABLE)
    assert all(vocabulary.get(term).category == "hard_skill" for _, _, term, _ in ROWS)
    assert {(line, term) for _, line, term, _ in ROWS} >= _OPEN
