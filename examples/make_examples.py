"""Write the bundled example resumes (PDF, DOCX and plain text) into ``examples/resumes/``.

The examples are generated rather than hand-made so that anyone can see exactly what
each file contains, change a line, and rebuild them. The output is byte-for-byte
deterministic: fixed creation dates and author in the document metadata, and fixed
timestamps inside the DOCX zip archive. That lets a test check that the committed files
are exactly what this script produces, so they never drift from the source below.

All people, employers, e-mail addresses (``example.com``) and phone numbers (555) are
fictional. Text stays within latin-1 ("-" rather than en dashes, straight quotes)
because the PDFs use the core Helvetica font.

Run it from the repository root::

    python examples/make_examples.py            # writes examples/resumes/
    python examples/make_examples.py --out /tmp/resumes
"""

import argparse
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.shared import Pt
from fpdf import FPDF

#: One instant used for every "created"/"modified" field, so rebuilds are identical.
FIXED_TIME = dt.datetime(2024, 1, 15, 9, 0, 0, tzinfo=dt.UTC)
#: The earliest timestamp a zip entry can hold; used for every member of a DOCX.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
AUTHOR = "resumematch examples"
DEFAULT_OUT = Path(__file__).resolve().parent / "resumes"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Role:
    """One position in the Experience (or Volunteer) section."""

    title: str
    employer: str
    dates: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A resume section: a heading, an optional paragraph, roles, then bullet lines."""

    heading: str
    text: str = ""
    roles: tuple[Role, ...] = ()
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resume:
    """A whole resume; ``skills`` are (left, right) rows for the DOCX two-column table."""

    name: str
    headline: str
    contact: str
    sections: tuple[Section, ...]
    skills_heading: str = "Skills"
    skills: tuple[tuple[str, str], ...] = ()


STRONG_FIT_RN = Resume(
    name="Dana K. Whitfield, RN, BSN",
    headline="Registered Nurse - Charge Nurse - Care Coordination",
    contact="Riverton, OH | (555) 014-2287 | dana.whitfield@example.com",
    sections=(
        Section(
            "Professional Summary",
            text=(
                "Registered Nurse (RN) with more than 8 years of acute-care hospital "
                "experience, including 5 years as a charge nurse on a 32-bed "
                "medical-surgical unit. Skilled in care coordination, discharge planning, "
                "patient scheduling and staff scheduling, with daily charting in Epic EHR. "
                "BLS and ACLS certified. Known for clear communication with physicians, "
                "patients and families, and for calm leadership on busy shifts. Looking to "
                "move from bedside care into a clinical coordinator role."
            ),
        ),
        Section(
            "Experience",
            roles=(
                Role(
                    "Charge Nurse, Medical-Surgical Unit",
                    "Lakeview Medical Center, Riverton, OH",
                    "Aug 2019 - Present",
                    (
                        "Lead a team of 8 to 10 RNs and patient care technicians each shift; "
                        "make patient assignments based on acuity and skill mix.",
                        "Build the monthly nursing staff schedule in Microsoft Excel and "
                        "cover call-outs, cutting agency hours by 18 percent in one year.",
                        "Coordinate discharge planning with case management, pharmacy and "
                        "physical therapy; complete discharge paperwork, medication "
                        "reconciliation and follow-up appointments in Epic.",
                        "Audit patient charts weekly for completeness and HIPAA-compliant "
                        "documentation, and follow up with the care team on gaps.",
                        "Precept new graduate nurses and led a falls-prevention quality "
                        "improvement project that reduced unit falls by 25 percent.",
                    ),
                ),
                Role(
                    "Staff Nurse (RN), Telemetry",
                    "St. Brendan Community Hospital, Riverton, OH",
                    "02/2016 to 07/2019",
                    (
                        "Provided direct care for 5 to 6 telemetry patients per shift, "
                        "including cardiac monitoring and medication administration.",
                        "Responded to rapid response and code events as an ACLS-certified member of the team.",
                        "Scheduled follow-up appointments and coordinated care with "
                        "cardiology, dietitians and social work for patients with several "
                        "specialists.",
                        "Documented assessments and care plans in Epic; prepared unit reports "
                        "with Microsoft Office and Outlook.",
                    ),
                ),
                Role(
                    "Nursing Assistant",
                    "Maple Grove Care Center, Riverton, OH",
                    "06/2013 to 01/2016",
                    (
                        "Assisted residents with daily living, took vital signs and reported "
                        "changes in condition to the charge nurse.",
                    ),
                ),
            ),
        ),
        Section(
            "Education",
            bullets=(
                "Bachelor of Science in Nursing (BSN), Riverton State University, 2015",
                "Coursework in nursing leadership, health care ethics and case management",
            ),
        ),
        Section(
            "Licenses and Certifications",
            bullets=(
                "Registered Nurse (RN), State of Ohio, active license in good standing",
                "Basic Life Support (BLS), American Heart Association, expires 2026",
                "Advanced Cardiovascular Life Support (ACLS), American Heart Association, expires 2026",
            ),
        ),
        Section(
            "Skills",
            bullets=(
                "Care coordination, discharge planning, case management, chart review",
                "Patient scheduling, staff scheduling, patient assignments",
                "Epic EHR, HIPAA compliance, quality improvement",
                "Microsoft Office (Word, Excel, Outlook)",
                "Leadership, communication, time management, precepting",
            ),
        ),
    ),
)

PARTIAL_FIT_MA = Resume(
    name="Marisol T. Reyes",
    headline="Certified Clinical Medical Assistant",
    contact="Marisol T. Reyes | Dayton, OH | (555) 013-4470 | marisol.reyes@example.com",
    sections=(
        Section(
            "Summary",
            text=(
                "Certified Clinical Medical Assistant (CCMA) with 6 years in busy family "
                "medicine and urgent care clinics. Comfortable on both sides of the clinic: "
                "rooming patients, taking vital signs, phlebotomy and EKGs in the back "
                "office, and patient scheduling, insurance verification and prior "
                "authorizations at the front desk. Daily user of athenahealth. Strong "
                "knowledge of medical terminology and a friendly, organized approach to "
                "patient flow."
            ),
        ),
        Section(
            "Work Experience",
            roles=(
                Role(
                    "Medical Assistant",
                    "Brookside Family Medicine, Dayton, OH",
                    "Mar 2021 - Present",
                    (
                        "Room 25 to 30 patients a day for three providers: take vital "
                        "signs, record histories and update medication lists in athenahealth "
                        "(athenaOne).",
                        "Perform phlebotomy, point-of-care testing and 12-lead EKGs; label "
                        "and send specimens to the reference lab.",
                        "Manage patient scheduling and recall lists; verify insurance "
                        "eligibility and obtain prior authorizations for imaging and "
                        "referrals.",
                        "Coordinate referrals to specialists and track that results come back "
                        "to the ordering provider.",
                        "Trained four new medical assistants on clinic workflow and HIPAA privacy practices.",
                    ),
                ),
                Role(
                    "Patient Services Representative",
                    "Valley Urgent Care, Kettering, OH",
                    "09/2018 to 02/2021",
                    (
                        "Checked in up to 60 patients a day, scanned insurance cards and collected co-pays.",
                        "Answered multi-line phones, scheduled visits and handled billing questions.",
                        "Kept the waiting room and patient records organized during flu season surges.",
                        "Posted payments and called patients about unpaid balances, always "
                        "within privacy and billing rules.",
                    ),
                ),
            ),
        ),
        Section(
            "Education",
            bullets=(
                "Associate of Applied Science in Medical Assisting, Miami Valley Community College, 2020",
                "Externship: 160 hours, Greene Internal Medicine Associates",
            ),
        ),
        Section(
            "Certifications",
            bullets=(
                "Certified Clinical Medical Assistant (CCMA), National Healthcareer Association, 2020",
                "Basic Life Support (BLS), American Heart Association, expires 2025",
            ),
        ),
    ),
    skills_heading="Skills",
    skills=(
        ("Clinical", "Administrative"),
        ("Vital signs", "Patient scheduling"),
        ("Phlebotomy", "Insurance verification"),
        ("EKG (12-lead)", "Prior authorizations"),
        ("Point-of-care testing", "athenahealth (athenaOne)"),
        ("Medical terminology", "Microsoft Word and Excel"),
        ("Infection control", "Customer service"),
    ),
)

CAREER_CHANGER = Resume(
    name="Jordan P. Ellison",
    headline="Operations Manager moving into Healthcare Coordination",
    contact="Fairbrook, OH | (555) 019-3362 | jordan.ellison@example.com",
    sections=(
        Section(
            "Summary",
            text=(
                "Retail operations manager with 10 years of experience running "
                "high-volume stores: budgeting, staff scheduling, inventory and customer "
                "service. Certified Associate in Project Management (CAPM). Moving into "
                "healthcare coordination after two years of volunteer work at a community "
                "hospital. Currently pursuing CCMA certification (expected 2025); no "
                "clinical license yet. Brings steady leadership, clear communication and "
                "a habit of measuring what works."
            ),
        ),
        Section(
            "Experience",
            roles=(
                Role(
                    "Store Operations Manager",
                    "Harborline Home Goods, Fairbrook, OH",
                    "Jan 2018 - Present",
                    (
                        "Own a $4.2M annual operating budget; cut overtime costs 12 percent "
                        "with better staff scheduling.",
                        "Build weekly schedules for 45 associates across three shifts and "
                        "cover call-outs on short notice.",
                        "Hire, train and coach department leads; store engagement scores "
                        "rose from 68 to 84 in two years.",
                        "Resolve escalated customer service issues and track complaints to root cause.",
                        "Prepare weekly sales and labor reports in Microsoft Excel and "
                        "PowerPoint for the district manager.",
                    ),
                ),
                Role(
                    "Assistant Store Manager",
                    "Harborline Home Goods, Lakeside, OH",
                    "05/2014 to 12/2017",
                    (
                        "Ran receiving, inventory counts and loss prevention for a 30,000 square foot store.",
                        "Led a project to move shift scheduling from paper to an online "
                        "tool, finished on time and under budget.",
                    ),
                ),
            ),
        ),
        Section(
            "Volunteer Experience",
            roles=(
                Role(
                    "Patient Escort and Front Desk Volunteer",
                    "Fairbrook Community Hospital, Fairbrook, OH",
                    "Sep 2022 - Present",
                    (
                        "Volunteer six hours a week: escort patients to imaging and "
                        "outpatient clinics, greet families and answer visitor questions.",
                        "Completed the hospital's volunteer orientation, infection control "
                        "and patient privacy training.",
                    ),
                ),
            ),
        ),
        Section(
            "Education",
            bullets=(
                "Bachelor of Business Administration (BBA), Management, Lakeside University, 2013",
                "Medical Terminology, online course, Fairbrook Community College, 2023",
            ),
        ),
        Section(
            "Certifications",
            bullets=(
                "Certified Associate in Project Management (CAPM), PMI, 2021",
                "Certified Clinical Medical Assistant (CCMA) - in progress, exam planned for 2025",
            ),
        ),
        Section(
            "Skills",
            bullets=(
                "Budgeting, staff scheduling, inventory management, project management",
                "Microsoft Office (Excel, Word, PowerPoint, Outlook)",
                "Customer service, leadership, communication, coaching",
            ),
        ),
    ),
)

UNRELATED_SWE = Resume(
    name="Theo R. Lindqvist",
    headline="Backend Software Engineer",
    contact="Theo R. Lindqvist | Columbus, OH | (555) 017-9025 | theo.lindqvist@example.com",
    sections=(
        Section(
            "Summary",
            text=(
                "Backend software engineer with 7 years of experience building data "
                "pipelines and APIs in Python and Go. Runs services on AWS and Google Cloud "
                "Platform (GCP) with Kubernetes and Terraform. Has integrated ERP systems "
                "with internal billing, and likes owning a problem from design doc to "
                "on-call."
            ),
        ),
        Section(
            "Experience",
            roles=(
                Role(
                    "Senior Software Engineer",
                    "Cobalt Ledger Inc., Columbus, OH",
                    "Aug 2020 - Present",
                    (
                        "Led a two-quarter epic to move invoice processing off a legacy "
                        "monolith into event-driven Python services on Kubernetes.",
                        "Built ERP integrations (SAP and NetSuite) that sync 2 million "
                        "ledger entries a day with exactly-once delivery.",
                        "Designed job scheduling for nightly batch runs with Airflow; cut failed runs by 70 percent.",
                        "Tightened IAM policies and network ACLs across three AWS accounts after a security review.",
                        "Mentor two junior engineers and run the team's sprint planning and Jira epics.",
                    ),
                ),
                Role(
                    "Software Engineer",
                    "Northpoint Analytics, Columbus, OH",
                    "06/2017 to 07/2020",
                    (
                        "Wrote ingestion jobs for public Bureau of Labor Statistics (BLS) data "
                        "on Google Cloud Platform (BigQuery, Cloud Run).",
                        "Ported a statistics library from R to Python and a parsing hot path "
                        "from Python to C, making it nine times faster.",
                        "Added discharge-rate and charge-off forecasts to a credit risk dashboard.",
                        "Took part in the on-call rotation and wrote the runbooks for the ingestion services.",
                    ),
                ),
            ),
        ),
        Section(
            "Projects",
            bullets=(
                "ledgerlint: an open-source Python command-line tool that checks CSV bank "
                "exports against a schema before import; about 300 stars on GitHub.",
                'Conference talk: "Idempotent consumers in practice", Columbus Python meetup, 2023.',
            ),
        ),
        Section(
            "Education",
            bullets=("Bachelor of Science in Computer Science, Ohio Lakes University, 2017",),
        ),
        Section(
            "Certifications",
            bullets=(
                "AWS Certified Solutions Architect - Associate, 2022",
                "Certified Kubernetes Administrator (CKA), 2021",
            ),
        ),
    ),
    skills_heading="Technical Skills",
    skills=(
        ("Languages", "Platforms and tools"),
        ("Python", "AWS (EC2, Lambda, S3)"),
        ("Go", "Google Cloud Platform (GCP)"),
        ("C", "Kubernetes, Docker, Terraform"),
        ("R", "PostgreSQL, Kafka, Airflow"),
        ("SQL", "GitHub Actions, Jira"),
    ),
)


# --------------------------------------------------------------------- plain text


def render_text(resume: Resume) -> str:
    """Plain text, one heading per line, so text input can be demonstrated without a parser."""
    lines = [resume.name, resume.headline, resume.contact, ""]
    for section in resume.sections:
        lines.append(section.heading.upper())
        if section.text:
            lines.append(section.text)
        for role in section.roles:
            lines.extend([role.title, f"{role.employer} | {role.dates}"])
            lines.extend(f"- {bullet}" for bullet in role.bullets)
            lines.append("")
        lines.extend(f"- {bullet}" for bullet in section.bullets)
        if lines[-1]:
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------- PDF

_LINE = 5.0  # mm between lines of body text


def _pdf_section(pdf: FPDF, section: Section) -> None:
    """A bold heading with a rule under it, then the section's paragraph, roles and bullets."""
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, section.heading.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)
    pdf.set_font("Helvetica", "", 10)
    if section.text:
        pdf.multi_cell(0, _LINE, section.text, new_x="LMARGIN", new_y="NEXT")
    for role in section.roles:
        _pdf_role(pdf, role)
    for bullet in section.bullets:
        _pdf_bullet(pdf, bullet)


def _pdf_role(pdf: FPDF, role: Role) -> None:
    """Title in bold; employer on the left and dates on the right of the next line."""
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, _LINE, role.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, _LINE, role.employer, new_x="LEFT", new_y="TOP")
    pdf.cell(0, _LINE, role.dates, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for bullet in role.bullets:
        _pdf_bullet(pdf, bullet)


def _pdf_bullet(pdf: FPDF, text: str) -> None:
    """A hanging-indent bullet: wrapped lines stay aligned under the first word."""
    pdf.set_x(pdf.l_margin + 2)
    pdf.cell(4, _LINE, "-")
    pdf.multi_cell(0, _LINE, text, new_x="LMARGIN", new_y="NEXT")


def render_pdf(resume: Resume) -> bytes:
    """A one- or two-page text PDF in core Helvetica with fixed metadata."""
    pdf = FPDF(format="Letter")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_author(AUTHOR)
    pdf.set_creator(AUTHOR)
    pdf.set_title(f"Resume - {resume.name}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, resume.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, resume.headline, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, resume.contact, new_x="LMARGIN", new_y="NEXT")
    for section in resume.sections:
        _pdf_section(pdf, section)
    return bytes(pdf.output())


# --------------------------------------------------------------------------- DOCX


def _docx_role(document: DocxDocument, role: Role) -> None:
    """Title in bold, then employer and dates on one line, then bulleted achievements."""
    title = document.add_paragraph()
    title.add_run(role.title).bold = True
    title.paragraph_format.space_after = Pt(0)
    meta = document.add_paragraph()
    meta.add_run(f"{role.employer} | {role.dates}").italic = True
    for bullet in role.bullets:
        document.add_paragraph(bullet, style="List Bullet")


def _docx_section(document: DocxDocument, section: Section) -> None:
    """A Heading 1 paragraph followed by the section's paragraph, roles and bullets."""
    document.add_heading(section.heading, level=1)
    if section.text:
        document.add_paragraph(section.text)
    for role in section.roles:
        _docx_role(document, role)
    for bullet in section.bullets:
        document.add_paragraph(bullet, style="List Bullet")


def _docx_skills(document: DocxDocument, heading: str, rows: Sequence[tuple[str, str]]) -> None:
    """Skills as a two-column table whose first row holds the column titles."""
    document.add_heading(heading, level=1)
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (left, right) in enumerate(rows):
        table.cell(r, 0).text = left
        table.cell(r, 1).text = right
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _fix_core_properties(document: DocxDocument, resume: Resume) -> None:
    """python-docx stamps the current time and its own name; pin both for reproducible bytes."""
    props = document.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = f"Resume - {resume.name}"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps and attributes, keeping member order.

    python-docx writes each part with the current local time, so two saves a few seconds
    apart differ byte for byte even when the XML is identical.
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def render_docx(resume: Resume) -> bytes:
    """A DOCX with the contact line in the page header and skills in a two-column table.

    The header and the table are there on purpose: extractors that read only body
    paragraphs miss both, which the examples are meant to expose.
    """
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = resume.contact
    document.add_heading(resume.name, level=0)
    document.add_paragraph(resume.headline)
    for section in resume.sections:
        _docx_section(document, section)
    if resume.skills:
        _docx_skills(document, resume.skills_heading, resume.skills)
    _fix_core_properties(document, resume)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalize_zip(buffer.getvalue())


# --------------------------------------------------------------------------- main

#: File name -> (resume, renderer). The order is the expected ranking against the job.
EXAMPLES: dict[str, tuple[Resume, Callable[[Resume], bytes]]] = {
    "strong-fit-rn.pdf": (STRONG_FIT_RN, render_pdf),
    "strong-fit-rn.txt": (STRONG_FIT_RN, lambda r: render_text(r).encode("utf-8")),
    "partial-fit-medical-assistant.docx": (PARTIAL_FIT_MA, render_docx),
    "career-changer-operations.pdf": (CAREER_CHANGER, render_pdf),
    "unrelated-software-engineer.docx": (UNRELATED_SWE, render_docx),
}


def word_count(resume: Resume) -> int:
    """Words in the resume's plain-text form plus its skills table (for the summary line)."""
    table = " ".join(f"{left} {right}" for left, right in resume.skills)
    return len(render_text(resume).split()) + len(table.split())


def write_examples(out_dir: Path) -> list[Path]:
    """Render every example into ``out_dir`` (created if needed) and return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, (resume, render) in EXAMPLES.items():
        path = out_dir / filename
        path.write_bytes(render(resume))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``--out``, write the examples, print one summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    paths = write_examples(args.out)
    print(f"wrote {len(paths)} example resumes to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
