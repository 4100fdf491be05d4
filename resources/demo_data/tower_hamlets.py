"""Tower Hamlets Supporting Families Division: the Better Together practice framework.

Written for this project from the division's Practice Handbook and its "Tools and
Resources" booklet. Every standard, expectation, tool, consultation, group and intervention
the booklets list has an entry here. Named staff have become role mailboxes on example.org,
and phone numbers that are not a service switchboard are demo placeholders from
Ofcom's fictional range.
"""

import datetime

SITE = "better-together"

# Demo phone numbers come from Ofcom's range reserved for drama and fiction
# (020 7946 0000 to 0999), so none can reach a real line. Only the organisational lines the
# booklet gives (the CAMHS duty team, Coram Voice's freephone) are real numbers.
DEMO_PHONE = "020 7946 0000"

# ---------------------------------------------------------------------------------------
# Contacts: team and service mailboxes, reused on any page.
# ---------------------------------------------------------------------------------------

CONTACTS = [
    {
        "key": "learning-academy",
        "name": "Learning Academy",
        "role": "Workforce learning, Better Together resources and the community directory",
        "email": "learning-academy@example.org",
        "phone": "020 7946 0001",
        "hours": "Monday to Friday, 9am to 5pm",
        "answers_search_questions": True,
    },
    {
        "key": "learning-academy-bookings",
        "name": "Learning Academy bookings",
        "role": "Books reflective spaces and clinical supervision sessions",
        "email": "reflective-spaces@example.org",
        "phone": "020 7946 0002",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "early-career-support",
        "name": "Early career social work support",
        "role": "Reflective supervision for social workers in their first five years",
        "email": "early-career-social-work@example.org",
        "phone": "020 7946 0003",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "better-together-lead",
        "name": "Better Together Lead",
        "role": (
            "Leads the framework in the Learning Academy: restorative meetings, complaints, "
            "co-production, language and Video Interaction Guidance"
        ),
        "email": "better-together@example.org",
        "phone": "020 7946 0004",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "social-work-academy",
        "name": "Social Work Academy",
        "role": "Help finding Better Together tools and training; Principal Social Worker's team",
        "email": "social-work-academy@example.org",
        "phone": "020 7946 0005",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "family-group-conference",
        "name": "Family Group Conference Service",
        "role": "Family Group Conferences (FGC), Lifelong Links and FGC advocates",
        "email": "family-group-conference@example.org",
        "phone": "020 7946 0010",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "advocacy",
        "name": "Advocacy coordinator",
        "role": "Advocates for children and parents at conferences and looked after reviews",
        "email": "advocacy@example.org",
        "phone": "020 7946 0011",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "independent-reviewing-service",
        "name": "Independent Reviewing Service",
        "role": "Independent Reviewing Officers; co-produced care and pathway plans pilot",
        "email": "independent-reviewing-service@example.org",
        "phone": "020 7946 0012",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "multi-agency-support-team",
        "name": "Multi Agency Support Team (MAST)",
        "role": "Early Help front door; refers on to the Young Carers Project",
        "email": "mast@example.org",
        "phone": "020 7946 0013",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "fostering-service",
        "name": "Fostering Service",
        "role": "Mockingbird constellations and support for foster carers",
        "email": "fostering@example.org",
        "phone": "020 7946 0014",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "permanency-support",
        "name": "Permanency, Support and Assessment Team",
        "role": "Emotional, practical and financial support for special guardians",
        "email": "permanency-support@example.org",
        "phone": "020 7946 0015",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "family-hubs",
        "name": "Family Hubs and Children and Family Centres",
        "role": "Early Help services for families with children and young people aged 0 to 19",
        "email": "family-hubs@example.org",
        "phone": "020 7946 0016",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "youth-justice-service",
        "name": "Youth Justice Service (YJS)",
        "role": (
            "Work with children who offend (formerly the Youth Offending Team): Youth Justice "
            "interventions, reparations and the YJS Enabling Fund"
        ),
        "email": "youth-justice-service@example.org",
        "phone": "020 7946 0017",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "reparations",
        "name": "YJS reparations coordinator",
        "role": "Reparation projects for children on community orders",
        "email": "yjs-reparations@example.org",
        "phone": "020 7946 0018",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "resettlement-and-migration",
        "name": "Resettlement and Migration Team",
        "role": "Wrap-around support for people seeking sanctuary placed in Tower Hamlets",
        "email": "resettlement-and-migration@example.org",
        "phone": "020 7946 0019",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "swiss",
        "name": "Social Workers in Secondary Schools (SWISS)",
        "role": "Social workers based in Tower Hamlets secondary schools",
        "email": "swiss@example.org",
        "phone": "020 7946 0020",
        "hours": "School days, 8.30am to 5pm",
    },
    {
        "key": "swips",
        "name": "Social Workers in Primary Schools (SWIPS)",
        "role": "Social workers based in primary schools that buy into the SWIPS offer",
        "email": "swips@example.org",
        "phone": "020 7946 0021",
        "hours": "School days, 8.30am to 5pm",
    },
    {
        "key": "baby-feeding",
        "name": "Baby Feeding Service",
        "role": "Breast and bottle feeding support; home visits on request",
        "email": "baby-feeding@example.org",
        "phone": DEMO_PHONE,
        "hours": "Messages returned by the next working day",
    },
    {
        "key": "edge-of-care",
        "name": "Edge of Care Team",
        "role": "Keeps children safely at home and supports reunification",
        "email": "edge-of-care@example.org",
        "phone": "020 7946 0022",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "systemic-clinic",
        "name": "Systemic Family Therapy Clinic",
        "role": "Systemic consultations and family therapy for families open to social care",
        "email": "systemic-clinic@example.org",
        "phone": "020 7946 0023",
        "hours": "Clinic every other Thursday afternoon; mailbox checked daily",
    },
    {
        "key": "functional-family-therapy",
        "name": "Functional Family Therapy (FFT) team",
        "role": "Whole-family therapy at home for 10 to 17 year olds",
        "email": "functional-family-therapy@example.org",
        "phone": "020 7946 0024",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "tfact",
        "name": "Therapeutic Fostering and Care Team (TFACT)",
        "role": "Training, consultation and support for foster carers and special guardians",
        "email": "tfact@example.org",
        "phone": "020 7946 0025",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "tfact-referrals",
        "name": "TFACT referrals",
        "role": "Referral mailbox for the Therapeutic Fostering and Care Team",
        "email": "tfact-referrals@example.org",
        "phone": "",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "camhs-in-social-care",
        "name": "CAMHS in Social Care (CiSC) referrals",
        "role": "Consultations and direct work for children with a social care plan",
        "email": "cisc-referrals@example.org",
        "phone": "",
        "hours": "Requests triaged on Monday mornings",
    },
    {
        "key": "camhs-duty",
        "name": "CAMHS duty team",
        "role": "Urgent child and adolescent mental health advice",
        "email": "camhs-duty@example.org",
        "phone": "020 7426 2375",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "diamond-project",
        "name": "Diamond Project",
        "role": "Support for parents after a child has been removed from their care",
        "email": "diamond-project@example.org",
        "phone": "020 7946 0026",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "exploitation-service",
        "name": "Exploitation Service",
        "role": "Harm outside the home: training, consultation, advice and Your Choice",
        "email": "exploitation-service@example.org",
        "phone": "020 7946 0027",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "your-choice",
        "name": "Your Choice coordinator",
        "role": "Group manager in the Exploitation Service who coordinates Your Choice",
        "email": "your-choice@example.org",
        "phone": "020 7946 0028",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "reducing-parental-conflict",
        "name": "Reducing Parental Conflict outreach",
        "role": "Advice on parental conflict programmes and mediation",
        "email": "reducing-parental-conflict@example.org",
        "phone": "020 7946 0029",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "positive-change-service",
        "name": "Positive Change Service (REPAIR)",
        "role": "REPAIR domestic abuse interventions and REPAIR advocates",
        "email": "positive-change@example.org",
        "phone": "020 7946 0030",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "neglect-working-group",
        "name": "Neglect Working Group",
        "role": "Practice consultations on neglect",
        "email": "neglect-consultations@example.org",
        "phone": "",
        "hours": "Tuesday afternoons before Learning Wednesdays",
    },
    {
        "key": "direct-work-group",
        "name": "Direct Work with Children working group",
        "role": "Direct work consultations and the direct work tools library",
        "email": "direct-work@example.org",
        "phone": "",
        "hours": "Tuesday afternoons before Learning Wednesdays",
    },
    {
        "key": "child-sexual-abuse-consultations",
        "name": "Child sexual abuse practice consultations",
        "role": "A pool of trained practitioners offering consultation on child sexual abuse",
        "email": "csa-consultations@example.org",
        "phone": "",
        "hours": "As and when needed",
    },
    {
        "key": "court-work-consultations",
        "name": "Court work consultations",
        "role": "Weekly drop-in advice on care proceedings and court work",
        "email": "court-work@example.org",
        "phone": "",
        "hours": "Wednesdays, 10am to 11.30am",
    },
    {
        "key": "staff-wellbeing",
        "name": "Staff wellbeing and Trauma Support Circles",
        "role": "Arranges Trauma Support Circles after a significant incident",
        "email": "staff-wellbeing@example.org",
        "phone": "020 7946 0031",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "youth-participation",
        "name": "Youth Participation Service",
        "role": "Runs the Children Living In Care Council (CLICC) groups",
        "email": "clicc@example.org",
        "phone": "020 7946 0032",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "parents-forum",
        "name": "Parents Forum",
        "role": "Parent and carer voice in Family Hubs and Children and Family Centres",
        "email": "parents-forum@example.org",
        "phone": "",
        "hours": "Mailbox checked weekly",
    },
    {
        "key": "family-group-experts",
        "name": "Family Group Experts",
        "role": "Parent group that contributes to practice development",
        "email": "family-group-experts@example.org",
        "phone": "",
        "hours": "Meets monthly",
    },
    {
        "key": "yjs-participation",
        "name": "Youth Justice Participation Forum",
        "role": "Youth voice in the Youth Justice Service",
        "email": "yjs-participation@example.org",
        "phone": "",
        "hours": "Meets twice a month",
    },
    {
        "key": "quality-assurance",
        "name": "Quality Assurance team",
        "role": "Audit programme, dip audits, Practice Week and the family feedback cycles",
        "email": "quality-assurance@example.org",
        "phone": "020 7946 0033",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "video-interaction-guidance",
        "name": "Video Interaction Guidance (VIG) coordinator",
        "role": "First conversation about whether VIG can be offered to a family",
        "email": "vig@example.org",
        "phone": "",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    # The doors staff ask for by their shorthand every day (MASH, LADO, EHA and TAF, CIN).
    {
        "key": "mash",
        "name": "Multi-Agency Safeguarding Hub (MASH)",
        "role": (
            "The front door to children's social care: safeguarding referrals, and advice when "
            "you are worried a child is being abused or neglected, including when to ask a "
            "family's consent"
        ),
        "email": "mash@example.org",
        "phone": "020 7946 0040",
        "hours": "Monday to Friday, 9am to 5pm; at other times the Emergency Duty Team",
    },
    {
        "key": "lado",
        "name": "Local Authority Designated Officer (LADO)",
        "role": "Allegations against staff, carers and volunteers who work with children",
        "email": "lado@example.org",
        "phone": "020 7946 0041",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "early-help-hub",
        "name": "Early Help Hub",
        "role": (
            "Early Help Assessments (EHA), Team Around the Family (TAF) meetings and help for "
            "families before problems grow"
        ),
        "email": "early-help-hub@example.org",
        "phone": "020 7946 0042",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "child-in-need",
        "name": "Child in Need (CIN) teams",
        "role": (
            "Social work with children in need under section 17 of the Children Act 1989: "
            "assessments, CIN plans and CIN meetings"
        ),
        "email": "child-in-need@example.org",
        "phone": "020 7946 0043",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "continuous-improvement-board",
        "name": "Children's Services Continuous Improvement Board (CSCIB)",
        "role": (
            "Oversees audit findings and the quality of practice; papers through the Quality "
            "Assurance team"
        ),
        "email": "cscib@example.org",
        "phone": "020 7946 0033",
        "hours": "Meets every two months",
    },
    {
        "key": "locd",
        "name": "Learning, Organisational and Cultural Development (LOCD)",
        "role": (
            "The council's workforce learning service: home of the Learning Academy and of the "
            "restorative meeting facilitators"
        ),
        "email": "locd@example.org",
        "phone": "020 7946 0001",
        "hours": "Monday to Friday, 9am to 5pm",
    },
]

# ---------------------------------------------------------------------------------------
# The framework: vision and shared behaviours.
# ---------------------------------------------------------------------------------------

FRAMEWORK = {
    "slug": "the-framework",
    "title": "The Better Together framework",
    "summary": (
        "How the Supporting Families Division works with children, families and each other: "
        "one vision, five shared behaviours and six practice standards, the six Cs."
    ),
    "vision": (
        "<p>We want every child in Tower Hamlets to grow up healthy, happy, safe and "
        "successful, and wherever it is safe and right for them, to do that within their own "
        "family, whether immediate or wider. <strong>Better Together</strong> is the shared "
        "picture of how we get there. It was shaped with staff and partners during 2021-22 and "
        "applies in every part of the division: Early Help, Youth Justice, Youth Services and "
        "Children's Social Care.</p>"
        "<p>The framework rests on Restorative Practice and borrows from other relationship-"
        "based and strengths-based ways of working, in particular systemic and trauma informed "
        "practice. Its six core practices, known as C-Change or the 6Cs (Connect, Be Curious, "
        "Build a Community, Co-produce, Collaborate for Change and Check Back), put "
        "relationships at the centre: building them, keeping them going and mending them when "
        "they are damaged.</p>"
        "<p>Often that means doing small things well: more time with the children and families "
        "we support, playing with them, and using direct work tools that keep us curious about "
        "their culture and what life is like for them. Families tell us they feel listened to, "
        "that we notice their strengths, and that we stay respectful and honest when hard "
        "decisions have to be made. Staff notice it too: fewer people leave, and more choose "
        "to join us.</p>"
        "<p>We also use the framework on the division's practice priorities: domestic abuse, "
        "neglect and harm outside the home.</p>"
    ),
    "shared_behaviours": [
        {
            "title": "Be open and honest",
            "description": (
                "Keep our promises, and make sure people know what will happen next and why."
            ),
        },
        {
            "title": "Value families' experience",
            "description": (
                "Work alongside families: not doing things to them, and not doing things for "
                "them that they can do themselves."
            ),
        },
        {
            "title": "Listen to understand",
            "description": "Stay curious and hold back from judging.",
        },
        {
            "title": "Prevent harm and repair damage",
            "description": (
                "Look after people and relationships, and put things right when they are hurt."
            ),
        },
        {
            "title": "Empower people",
            "description": "Offer a high level of support together with high expectations.",
        },
    ],
}

HOME = {
    "intro": (
        "<p>Better Together is the practice framework of Tower Hamlets' Supporting Families "
        "Division. Start with the six Cs below, or go straight to the interventions, "
        "consultations and community organisations that can help the family you are working "
        "with.</p>"
    ),
    "quick_links": [
        "the-framework",
        "family-group-conference",
        "camhs-in-social-care",
        "edge-of-care",
        "practice-consultations",
        "family-feedback-forms",
        "community-organisations",
        "social-graces",
    ],
}

# ---------------------------------------------------------------------------------------
# The six practice standards (the 6Cs).
# Tools and resources are slugs of RESOURCES or INTERVENTIONS, or a dict for training
# and documents that have no page of their own.
# ---------------------------------------------------------------------------------------

LEARNING_HUB = "https://learning-hub.example.org/"


def _training(title, description):
    return {"title": title, "url": LEARNING_HUB, "description": description}


STANDARDS = [
    {
        "slug": "connect",
        "title": "Connect",
        "summary": (
            "Practice Standard 1, Connection: relationships with children and families are "
            "where change starts."
        ),
        "we_will": [
            "Build relationships with children and families that make lasting change possible.",
            "Make our services easy to reach, so that children and families get the right help "
            "as early as they can.",
            "Find out what life is like for this child, in this family, right now, and which "
            "relationships matter to them.",
            "Work with a family's agreement, respectfully, and within clear boundaries.",
        ],
        "approach": [
            "Relationships come first, grounded in respect, empathy, inclusion, collaboration "
            "and social responsibility. Skills from signs of safety, motivational interviewing "
            "and systemic practice carry across.",
            "Simple ideas help us keep relationships in view: social capital, 'marginal gains' "
            "and 'connect before content'.",
            "Difficulties sit in relationships rather than in a single child or parent, so our "
            "own relationships with families need to be strong and positive if theirs are to "
            "be rebuilt.",
            "We are creative and fit our approach to each family, inviting them to shape their "
            "plans. Every contact is a chance to make a difference.",
            "We meet families as equals: looking for common ground and being willing to share "
            "something of ourselves.",
        ],
        "outcomes": [
            "Families can ask for help and get it quickly.",
            "The child's voice is at the centre of every intervention and can be seen in it.",
            "From the first contact, families feel included and able to drive lasting change.",
        ],
        "tools": [
            "check-in-circles",
            "direct-work-bag",
            "direct-work-resources",
            "language-guidance",
            "practice-guidance-on-visits",
        ],
        "resources": [
            "introduction-to-restorative-practice",
            _training(
                "Direct work guidance and training",
                "Guidance document and courses on the Learning Hub, plus Learning Wednesday "
                "sessions on direct work with children.",
            ),
            "learning-wednesdays",
            {
                "title": "Tri-x procedures and the intranet",
                "url": "https://procedures.example.org/",
                "description": "Online procedures manual and the council intranet (the Bridge).",
            },
        ],
    },
    {
        "slug": "be-curious",
        "title": "Be Curious",
        "summary": (
            "Practice Standard 2, Curiosity: understanding what the child and family "
            "experience before deciding what will help."
        ),
        "we_will": [
            "Keep the voice of the child or young person at the heart of our work, using "
            "creative, child-centred ways of relating that suit their age.",
            "Understand the family's history, including patterns of behaviour, and how it may "
            "shape how they live, parent and function today.",
            "Use the right assessment tools, working with families to understand what life is "
            "like for the children in their family and community.",
            "Stay curious about how our own experience colours our understanding of children "
            "and families.",
        ],
        "approach": [
            "Restorative and trauma informed practice help us see any trauma, loss or harm a "
            "child or family has lived through before we look for solutions or ways to lessen "
            "its impact.",
            "We work from strengths: noticing what goes well in family life and parenting, and "
            "building on the family's own solutions towards goals we agree together.",
            "We think systemically: families are shaped by their community, their schools and "
            "by parents' own childhoods, at home and at school.",
            "Managers and leaders use the restorative supervision framework, built on Tony "
            "Morrison and Jane Wonnacott's Integrated Model of Restorative Supervision.",
            "Supervision can be one-to-one or in groups, and we encourage peer mentoring and "
            "reverse mentoring too.",
        ],
        "outcomes": [
            "We understand well what daily life is like for the child in their family and "
            "community.",
            "We have found the good things in family life and the parenting strengths that can "
            "carry change.",
            "We understand the needs of the child and family, the areas of risk, and what "
            "shapes our safety planning.",
            "We understand parents' capacity to change in the light of their experiences, "
            "culture, values and motivation.",
            "Our recommendations rest on sound analysis and clear decision making.",
        ],
        "tools": [
            "restorative-questions",
            "systemic-tools",
            "chronologies",
            "genograms",
            "ecomaps",
            "social-graces",
            "assessment-tools",
            "repair-toolkit",
            "neglect-toolkit",
            "harm-outside-the-home-toolkit",
            "trauma-informed-practice",
            "restorative-supervision-framework",
            "learning-from-safeguarding-reviews",
        ],
        "resources": [
            "introduction-to-restorative-practice",
            "restorative-action-learning-sets",
            _training(
                "Systemic training offer",
                "Introductory and accredited systemic practice courses on the Learning Hub.",
            ),
            _training(
                "Direct work training",
                "Learning Hub courses on creative direct work with children.",
            ),
            "learning-wednesdays",
            {
                "title": "Practice guidance documents",
                "description": (
                    "Practice priority guidance on domestic abuse (REPAIR), neglect and harm "
                    "outside the home, in the Supporting Families Division Teams channel."
                ),
            },
        ],
    },
    {
        "slug": "build-a-community",
        "title": "Build a Community",
        "summary": (
            "Practice Standard 3, Community: culturally competent practice that helps children "
            "live and thrive within caring communities."
        ),
        "we_will": [
            "Start from the belief that children do best growing up in their own family, "
            "immediate or wider, wherever that is safe and right for them.",
            "Find everyone who matters in a child's life and involve them, so the family can "
            "reach its own solutions.",
            "Practise in a culturally aware and sensitive way, so that children and families "
            "are respected and well understood.",
        ],
        "approach": [
            "Our practice is culturally competent: aware of culture and alert to its nuances. "
            "We do not assume anything about a family because of their religion or ethnicity.",
            "We use the Social GRACES (gender, geography, race, religion, age, ability, "
            "appearance, class, culture, ethnicity, education, employment, sexuality, sexual "
            "orientation and spirituality) to notice how identity and difference shape "
            "relationships.",
            "We grow a 'Community Around a Family', drawing on the people, places and strengths "
            "of the local community.",
            "We hold Family Meetings and Family Group Conferences, bringing together children, "
            "parents, wider family, practitioners and anyone else important to making things "
            "better.",
            "We seek permanence: stable, loving homes that nurture a child's culture and "
            "identity, and a return to birth family when and if that is right.",
            "We build lifelong links, so that children living away from home, for a short time "
            "or a long one, stay connected to their family and community as far as is safe and "
            "positive.",
        ],
        "outcomes": [
            "Every significant adult in a child's life is identified and helped to be part of "
            "the solution.",
            "Children stay in, or go back to, their family home when it is safe.",
            "Families remain part of a child's life wherever the child lives.",
        ],
        "tools": [
            "ecomaps",
            "genograms",
            "social-graces",
            "social-discipline-window",
            "listening-circles",
            "tree-of-life",
            "family-group-conference",
            "lifelong-links",
            "community-organisations",
            "reflective-space-trauma",
            "reflective-clinical-supervision",
            "reflective-supervision-learning-academy",
            "practice-consultations",
            "council-wellbeing-offer",
            "trauma-support-circles",
            "wellbeing-in-reflective-spaces",
            "young-carers-project",
            "mockingbird",
            "special-guardianship-support",
            "family-hubs",
            "reparations",
            "resettlement-and-migration-team",
        ],
        "resources": [
            "introduction-to-restorative-practice",
            _training(
                "Introduction to Systemic Training",
                "Learning Hub course introducing genograms, Social GRACES and systemic ideas.",
            ),
            "learning-wednesdays",
            {
                "title": "Tower Hamlets Local Offer",
                "url": "https://www.localoffer.example.org/",
                "description": "The borough's directory of services for children with SEND.",
            },
        ],
    },
    {
        "slug": "co-produce",
        "title": "Co-produce",
        "summary": (
            "Practice Standard 4, Co-production: helping children and families find and own "
            "their solutions."
        ),
        "we_will": [
            "Agree with families what needs to change, and by when.",
            "Involve children in making plans that keep them safe, support their wellbeing and "
            "help them reach their goals.",
            "Make sure families understand the changes we are looking for, the process we will "
            "follow and how we will judge whether our help is working.",
            "Build on positive change, and change the plan when it is not making a difference.",
        ],
        "approach": [
            "Decisions work best when they are made close to the people they affect, and by "
            "them. Plans that use a family's own strengths and ideas are more likely to last.",
            "Advocates help to rebalance power, supporting the family to take as full a part as "
            "possible in decisions and planning, and making sure children's and families' "
            "voices are heard when they find it hard to speak for themselves.",
            "Good plans are made together, involve the child as fully as possible, are written "
            "so they can understand them, and aim for shared decisions led by the child as far "
            "as we can.",
            "Plans are written in plain language with clear outcomes: what is expected, the "
            "difference it will make for the child and how the help offered will achieve that.",
            "Children and families help review plans, including telling us what a good review "
            "looks like and how progress should be measured.",
        ],
        "outcomes": [
            "Plans are made together, and families know what is expected and what happens next.",
            "Impact and outcomes can be measured.",
            "Plans are reviewed together, on time, so that nothing drifts.",
            "Families' strengths and successes are celebrated.",
        ],
        "tools": [
            "family-group-conference",
            "restorative-child-protection-conferences",
            "advocacy",
            "safety-planning",
            "harm-outside-the-home-toolkit",
            "good-lives-model",
            "words-and-pictures",
            "co-produced-care-and-pathway-plans",
            "co-producing-new-ways-of-working",
            "listening-circles",
        ],
        "resources": [
            "introduction-to-restorative-practice",
            "learning-wednesdays",
            _training(
                "Harm outside the home training",
                "Learning Hub course on contextual safeguarding, mapping and safety planning.",
            ),
            {
                "title": "Research and theory on co-production",
                "description": (
                    "Folder in the Co-produce a plan section of the Better Together Teams channel."
                ),
            },
        ],
    },
    {
        "slug": "collaborate-for-change",
        "title": "Collaborate for Change",
        "summary": (
            "Practice Standard 5, Collaboration: working with children and families to make "
            "positive change, resolve conflict and repair harm."
        ),
        "we_will": [
            "Understand risk in the wider context of the family, and start by making safety "
            "plans together with the people they affect.",
            "Step in as early as we can, with the lightest touch that will work, so that "
            "problems do not escalate.",
            "Make sure our help is proportionate, has a clear purpose and is grounded in theory "
            "and research.",
            "Act ethically, drawing on family strengths and respecting cultural norms and values.",
        ],
        "approach": [
            "Problems grow inside relationships, and the answers are usually found in a "
            "family's own strengths and resources.",
            "We offer challenge and support together: high expectations, and the help to meet "
            "them. We work with families, not for them and not to them.",
            "We repair harm by building resilience and independence, building on strengths and "
            "helping families find their own answers, including how to keep changes going.",
            "We strengthen protective factors: a caring relationship with at least one adult, "
            "belonging to a group or community, activities that give a sense of purpose, and "
            "skills to manage feelings and behaviour under stress.",
            "Trauma can affect parenting and how relationships are made and kept. Helping "
            "people build trusting relationships builds their resilience.",
        ],
        "outcomes": [
            "The child has been able to say what worries them, understand the difficulties and "
            "feel hopeful that things will get better.",
            "Parents have had the chance to understand how their behaviour affects their child "
            "and their child's physical and emotional wellbeing.",
            "Families understand why an intervention was chosen and the evidence behind it.",
            "Our help leads to better relationships and to change that is meaningful and lasts.",
            "Families feel we worked with them, rather than doing things to them.",
        ],
        "tools": [
            "social-discipline-window",
            "repair-toolkit",
            "neglect-toolkit",
            "harm-outside-the-home-toolkit",
            "safety-planning",
            "restorative-questions",
            "facilitated-restorative-meetings",
            "affective-statements",
            "restorative-approach-to-complaints",
            "learning-and-development-offer",
            "direct-work-resources",
            "children-and-family-centres",
            "swiss",
            "swips",
            "baby-feeding-service",
            "ether-programme",
            "your-stance",
            "drive-and-takeaway",
            "girls-empowerment-group",
            "yjs-enabling-fund",
            "edge-of-care",
            "systemic-family-therapy-clinic",
            "functional-family-therapy",
            "tfact",
            "camhs-in-social-care",
            "diamond-project",
            "your-choice",
            "reducing-parental-conflict-and-repair",
            "video-interaction-guidance",
            "exploitation-service",
        ],
        "resources": [
            "introduction-to-restorative-practice",
            _training(
                "REPAIR, harm outside the home and neglect training",
                "Learning Hub courses on the division's three practice priorities, with "
                "Learning Wednesday sessions and practice guidance.",
            ),
            "restorative-action-learning-sets",
            _training(
                "Restorative Conference Facilitator course (advanced)",
                "Advanced restorative practice course for staff who will facilitate "
                "restorative meetings.",
            ),
            "learning-wednesdays",
        ],
    },
    {
        "slug": "check-back",
        "title": "Check Back",
        "summary": (
            "Practice Standard 6, Checking back: accountability, quality assurance and a culture "
            "of learning."
        ),
        "we_will": [
            "Deliver reliable, responsive services of a high standard.",
            "Take part in quality assurance that strengthens improvement and grows a learning "
            "culture.",
            "Spot and respond to new challenges, repeat and build on what works, and plan for "
            "what is coming.",
            "Check back with children, families and professionals deliberately and often, and "
            "respond thoughtfully to what we hear.",
        ],
        "approach": [
            "Restorative audits are a learning tool that helps practitioners see how to improve "
            "and give families the best service we can.",
            "Feedback is part of our culture: we give it with respect and ask for it. We are "
            "aware of how power can get in the way, whether between practitioner and family or "
            "between practitioner and manager.",
            "We focus on outcomes, always asking what is different for the child because of "
            "our work.",
            "We build on strengths: noticing what is going well and how it could be better "
            "still, and supporting improvement, learning and development.",
            "We are analytical and base our judgements on evidence. Using data well shows us "
            "emerging themes and patterns early.",
            "What we learn from feedback and data drives improvement across the service.",
            "We are one part of a wider system that keeps challenging professional practice so "
            "that children and families get the best outcomes.",
        ],
        "outcomes": [
            "The quality and impact of our practice are properly assessed and measured.",
            "Quality assurance offers real challenge within a culture of learning.",
            "New challenges, areas to develop and emerging themes are dealt with as they arise.",
        ],
        "tools": [
            "family-feedback-forms",
            "quality-assurance-framework",
            "practice-week-and-observations",
            "my-annual-review",
            "exit-interviews",
            "learning-and-development-offer",
            "lifelong-links",
            "tree-of-life",
        ],
        "resources": [
            "family-feedback-forms",
            {
                "title": "Quality Assurance and Audit Guidance",
                "description": (
                    "How restorative audits, dip audits and learning campaigns work, with the "
                    "Quality Assurance Framework and related Learning Wednesday sessions."
                ),
            },
            {
                "title": "Intranet (the Bridge)",
                "url": "https://intranet.example.org/",
                "description": "Council policies, My Annual Review and staff feedback.",
            },
            _training("Learning Hub", "The council's online learning platform."),
            "learning-wednesdays",
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Tools, guides, templates, reflective spaces and wellbeing offers.
# ---------------------------------------------------------------------------------------

RESOURCES = [
    # -- Connect ------------------------------------------------------------------------
    {
        "slug": "check-in-circles",
        "title": "Check-in circles and check-in questions",
        "summary": (
            "A short restorative circle at the start of a meeting, visit or team session so "
            "everyone is heard before the business begins."
        ),
        "body": (
            "<p>A check-in circle gives each person a turn to answer the same light question "
            "before the agenda starts: how they are arriving today, one good thing from their "
            "week, a favourite food. It is 'connect before content' in practice, and it works "
            "as well with a family round the kitchen table as with a team meeting.</p>"
            "<ul><li>Keep the question simple and optional to answer in depth.</li>"
            "<li>Go round in order, or let people speak when ready ('popcorn').</li>"
            "<li>Use a talking piece so only one person speaks at a time.</li></ul>"
            "<p>More ideas for connecting are in the Connect folder of the Supporting Families "
            "Division Teams channel.</p>"
        ),
        "standards": ["connect"],
        "kind": "tool",
    },
    {
        "slug": "direct-work-bag",
        "title": "Direct work bag (rucksack)",
        "summary": (
            "A rucksack of engagement tools every practitioner can carry on visits to help "
            "children talk, play and show what matters to them."
        ),
        "body": (
            "<p>Each direct work rucksack holds a mix of materials for building a relationship "
            "with a child, for example cards, drawing materials and games that help children "
            "talk about feelings. Use them to get alongside a child, to hear their "
            "wishes and feelings and to make their voice visible in your recording.</p>"
            "<p>Ask your manager or an Advanced Practitioner in your team for a rucksack or "
            "for refills.</p>"
        ),
        "standards": ["connect", "be-curious"],
        "kind": "tool",
    },
    {
        "slug": "direct-work-resources",
        "title": "Direct work resources and tools library",
        "summary": (
            "Worksheets, games and guidance for purposeful direct work, plus a lending library "
            "and consultations with the Direct Work with Children working group."
        ),
        "body": (
            "<p>There is far more available than fits in a rucksack:</p>"
            "<ul><li>the Direct work resource folder in the Supporting Families Division Teams "
            "channel;</li>"
            "<li>the direct work tools library by the 1st floor breakout area, where you can "
            "borrow larger items;</li>"
            "<li>a practice consultation with the Direct Work with Children working group to "
            "plan how to use the resources with a particular child.</li></ul>"
        ),
        "standards": ["connect", "collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "language-guidance",
        "title": "Practice guidance on language",
        "summary": (
            "Guidance written by practitioners on talking and writing about children and "
            "families in a way that is clear, kind and free of judgement."
        ),
        "body": (
            "<p>Children and families have told us that the words we used about them, in "
            "meetings and in their records, sometimes hurt. This guidance, produced by the "
            "Language Working Group, helps you choose words that are thoughtful, plain and "
            "non-judgemental, and to write as if the child will read it one day, because they "
            "may.</p>"
            "<p>Further material is in the Use of language folder, and the Language Working "
            "Group offers practice consultations.</p>"
        ),
        "standards": ["connect"],
        "kind": "guide",
    },
    {
        "slug": "practice-guidance-on-visits",
        "title": "Practice guidance on visits (One Minute Guides)",
        "summary": (
            "The basic expectations of visits that children and families can rely on from "
            "social care practitioners in Tower Hamlets."
        ),
        "body": (
            "<p>Seeing children and families regularly is the main way we stay connected to "
            "them. The Better Together Practice Standards One Minute Guides set out how often "
            "and how we visit, and what a good visit includes.</p>"
            "<p>They draw on statutory regulations, the Professional Capabilities Framework, "
            "the Knowledge and Skills Statement, the Standards of Proficiency for Social "
            "Workers and the London Child Protection Procedures.</p>"
        ),
        "standards": ["connect"],
        "kind": "guide",
    },
    {
        "slug": "introduction-to-restorative-practice",
        "title": "Introduction to Restorative Practice training",
        "summary": (
            "The division's core course on Better Together and Restorative Practice, booked "
            "through the Learning Hub."
        ),
        "body": (
            "<p>A foundation course for everyone in the division. It covers the ideas behind "
            "Restorative Practice, the six Cs, the Social Discipline Window, circles and "
            "restorative questions, and how they show up in everyday work with families and "
            "colleagues.</p>"
            "<p>Book through the Learning Hub. A reading folder, Articles regarding Restorative "
            "Practice, holds research and theory for anyone who wants to go further.</p>"
        ),
        "standards": [
            "connect",
            "be-curious",
            "build-a-community",
            "co-produce",
            "collaborate-for-change",
        ],
        "kind": "guide",
    },
    {
        "slug": "restorative-action-learning-sets",
        "title": "Restorative Practice (Better Together) Action Learning Sets",
        "summary": (
            "Small groups that meet over several months to put restorative skills into "
            "practice on real situations."
        ),
        "body": (
            "<p>After the introductory course, practitioners and managers can join an Action "
            "Learning Set. Members bring live dilemmas from their work and use restorative "
            "questions, circles and affective statements to think them through together.</p>"
            "<p>Completing a set is the expected step before using restorative questions to "
            "bring people together after a low-level incident.</p>"
        ),
        "standards": ["be-curious", "collaborate-for-change"],
        "kind": "guide",
    },
    {
        "slug": "learning-wednesdays",
        "title": "Learning Wednesdays",
        "summary": (
            "Monthly bite-sized learning on the first Wednesday of the month, led by "
            "practitioners and people with lived experience of our services."
        ),
        "body": (
            "<p>On the first Wednesday of each month the division sets time aside for "
            "learning. Sessions are short, practical and often led by colleagues or by parents "
            "and young people who have used our services. Many practice consultations and "
            "reflective spaces run on the Tuesday afternoon before, or on the day itself.</p>"
        ),
        "standards": [
            "connect",
            "be-curious",
            "build-a-community",
            "co-produce",
            "collaborate-for-change",
            "check-back",
        ],
        "kind": "guide",
    },
    # -- Be Curious ---------------------------------------------------------------------
    {
        "slug": "restorative-supervision-framework",
        "title": "Restorative Supervision Framework",
        "summary": (
            "Formats for one-to-one and group supervision that value relationships and make "
            "room for reflection and hypothesising."
        ),
        "body": (
            "<p>Supervision in the division follows the Integrated Model of Restorative "
            "Supervision (Morrison and Wonnacott). The one-to-one and group formats are "
            "designed to slow thinking down, bring in different views and form hypotheses "
            "rather than rush to conclusions.</p>"
            "<p>The group supervision circle assumes that everyone has something to offer, and "
            "that an open mind in a reflective space lets us hear perspectives we had not "
            "considered. Current Supervision Guidance is in the General folder of the "
            "Supporting Families Division Teams channel.</p>"
        ),
        "standards": ["be-curious"],
        "kind": "guide",
    },
    {
        "slug": "chronologies",
        "title": "Chronologies",
        "summary": (
            "A record of the significant events in a child's life, used to spot patterns and "
            "inform assessment, and sometimes made together with the family."
        ),
        "body": (
            "<p>A good chronology gives a short overview of key events over time, but its real "
            "value is in asking what patterns it shows in the child's life and family history, "
            "and letting that shape the assessment.</p>"
            "<p><strong>Analytical chronologies</strong> are used by the Edge of Care team "
            "when planning a child's return home: they weigh risk and protective factors and "
            "the evidence of parents' capacity to change.</p>"
            "<p>Chronologies need not only list agency contact. Building one with a child or "
            "family shows what they see as the turning points in their lives. See the Guide to "
            "chronologies in the Be Curious folder.</p>"
        ),
        "standards": ["be-curious"],
        "kind": "tool",
    },
    {
        "slug": "genograms",
        "title": "Genograms, cultural genograms and culturagrams",
        "summary": (
            "Family trees drawn with families as a conversation, extended to explore culture, "
            "beliefs, migration and experience of discrimination."
        ),
        "body": (
            "<p><strong>Genograms</strong> work best made with the family. Ask permission "
            "before recording sensitive information, such as deaths (including miscarriage) or "
            "who a child's father is. Used with sensitivity and cultural humility, a genogram "
            "brings out family themes and dynamics rather than just facts.</p>"
            "<p>A <strong>cultural genogram</strong> adds ethnicity, culture and family "
            "beliefs, and how these shape the family's experience of living in Tower "
            "Hamlets.</p>"
            "<p>A <strong>culturagram</strong> looks at ten areas that often matter for "
            "families who have come to the UK from elsewhere, such as why they moved, trauma "
            "or crisis along the way, and experience of racism or discrimination.</p>"
            "<p>Some stories will not be shared, for many good reasons. The LUUUTT model "
            "(stories Lived, Untold, Unknown, Unheard, Told and the Telling) reminds us to "
            "respect that. More ideas are in the Exploring family, culture, identity and power "
            "folder.</p>"
        ),
        "standards": ["be-curious", "build-a-community"],
        "kind": "tool",
    },
    {
        "slug": "ecomaps",
        "title": "Ecomaps",
        "summary": (
            "A map of the people, groups and services around a child, used to talk about which "
            "relationships help, which are strained and which may be risky."
        ),
        "body": (
            "<p>Ecomaps show who and what is important in a child's life and can reveal "
            "resources and protective factors we did not know about. Rather than simply naming "
            "people and organisations, use the map to talk about the strength of each "
            "relationship, where it is under strain and where it might pose a risk.</p>"
            "<p>As with genograms, make the ecomap with the family, not about them.</p>"
        ),
        "standards": ["be-curious", "build-a-community"],
        "kind": "tool",
    },
    {
        "slug": "social-graces",
        "title": "Social GRACES (Social GGRRAAACCEEESSS)",
        "summary": (
            "John Burnham's prompt for reflecting on how aspects of identity and power shape "
            "how we see others and how they see us."
        ),
        "body": (
            "<p>Each letter of Social GGRRAAACCEEESSS stands for an aspect of identity: "
            "gender, geography, race, religion, age, ability, appearance, class, culture, "
            "ethnicity, education, employment, sexuality, sexual orientation and spirituality. "
            "Some are visible and voiced, others invisible and unvoiced.</p>"
            "<p>Use the Social Graces, with cultural humility, to think about how your own "
            "identity may affect your relationship with a family, and how theirs may affect "
            "how they relate to you and to services.</p>"
            "<p>The Exploring family, culture, identity and power folder also has resources on "
            "gender identity and sexuality, and on the kyriarchy: how some identities have "
            "historically held more or less power.</p>"
        ),
        "standards": ["be-curious", "build-a-community"],
        "kind": "tool",
    },
    {
        "slug": "systemic-tools",
        "title": "Systemic tools",
        "summary": (
            "Circular questions, hypothesising, the reflecting team and other systemic "
            "techniques for understanding relationships rather than blaming individuals."
        ),
        "body": (
            "<p>Systemic practice looks at the relationships and contexts around a difficulty. "
            "Tools used across the division include:</p>"
            "<ul><li>circular and relational questions ('Who would be most surprised if...?');"
            "</li><li>forming and testing several hypotheses rather than one explanation;</li>"
            "<li>reflecting teams in group supervision and in the Systemic Family Therapy "
            "Clinic;</li><li>genograms, ecomaps and the Social Graces.</li></ul>"
            "<p>The Learning Hub lists the systemic training offer, from introductory sessions "
            "to accredited courses.</p>"
        ),
        "standards": ["be-curious"],
        "kind": "tool",
    },
    {
        "slug": "assessment-tools",
        "title": "Assessment tools and professional curiosity guides",
        "summary": (
            "Guidance for curious assessments, whether AssetPlus, Early Help Assessments, Child "
            "and Family Assessments, pathway plans or assessments of carers."
        ),
        "body": (
            "<p>Every assessment in the division should be written with curiosity. These help:"
            "</p><ul><li>HM Inspectorate of Probation (HMIP) professional curiosity guides, "
            "one for managers and one for practitioners;</li>"
            "<li>the Early Help Assessment One Minute Guide;</li>"
            "<li>the practice priority toolkits on harm outside the home, domestic abuse "
            "(REPAIR) and neglect;</li>"
            "<li>a wider folder of assessment tools and ideas.</li></ul>"
        ),
        "standards": ["be-curious"],
        "kind": "guide",
    },
    {
        "slug": "repair-toolkit",
        "title": "REPAIR domestic abuse (DVA) toolkit",
        "summary": (
            "Risk assessment, safety planning and intervention tools for domestic abuse and "
            "parental conflict, from the REPAIR programme."
        ),
        "body": (
            "<p>The REPAIR documents support assessment of need and risk where there is "
            "domestic abuse (DVA) or damaging conflict between parents. They include risk "
            "assessment tools, domestic abuse safety planning templates with examples of good "
            "practice, and guidance on which REPAIR intervention fits.</p>"
            "<p>REPAIR advocates offer practice consultations on domestic abuse.</p>"
        ),
        "standards": ["be-curious", "co-produce", "collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "neglect-toolkit",
        "title": "Neglect toolkit",
        "summary": (
            "Tools for assessing and evidencing neglect, which auditors check for on the "
            "records of children where neglect is a worry."
        ),
        "body": (
            "<p>The neglect toolkit helps practitioners assess the child's daily experience of "
            "care, track change over time and show it in the record. Dip audits check that the "
            "tools are used for every child where neglect is a concern.</p>"
            "<p>The Neglect Working Group offers practice consultations on the Tuesday "
            "afternoon before Learning Wednesdays.</p>"
        ),
        "standards": ["be-curious", "collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "harm-outside-the-home-toolkit",
        "title": "Harm outside the home toolkit and mapping tool",
        "summary": (
            "Assessment, mapping and safety planning tools for children at risk of "
            "exploitation, violence and other harm outside the family (HOTH)."
        ),
        "body": (
            "<p>The harm outside the home (HOTH) toolkit includes a mapping tool for the "
            "places, peers and people around a young person, risk assessment guidance, safety "
            "planning templates and good practice examples.</p>"
            "<p>The Exploitation Service runs practice consultations on the Tuesday afternoon "
            "before Learning Wednesdays, and the Learning Hub has harm outside the home "
            "training.</p>"
        ),
        "standards": ["be-curious", "co-produce", "collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "trauma-informed-practice",
        "title": "Trauma informed practice",
        "summary": (
            "Understanding behaviour and difficulties today in the light of trauma in the past, "
            "with e-learning from Research in Practice."
        ),
        "body": (
            "<p>The effects of childhood trauma can last into adolescence and adult life. "
            "Trauma informed practice asks what has happened to a person, not what is wrong "
            "with them, and helps us read present behaviour in that light.</p>"
            "<p>Anyone with a council email address can create a Research in Practice login "
            "and use two e-learning modules: trauma informed practice with children, young "
            "people and families, and working with parents who have experienced trauma.</p>"
        ),
        "standards": ["be-curious"],
        "kind": "guide",
    },
    {
        "slug": "learning-from-safeguarding-reviews",
        "title": "Learning from safeguarding reviews",
        "summary": (
            "Summaries of serious case reviews and safeguarding practice reviews to reflect on, "
            "so we avoid repeating common mistakes."
        ),
        "body": (
            "<p>When things go badly wrong there is a great deal to learn. This collection "
            "brings together local and national reviews as material for reflection in "
            "supervision, team meetings and on your own.</p>"
        ),
        "standards": ["be-curious"],
        "kind": "guide",
    },
    # -- Build a Community ---------------------------------------------------------------
    {
        "slug": "tree-of-life",
        "title": "Tree of Life",
        "summary": (
            "A narrative exercise in which a child or family draws a tree to tell their story "
            "from a position of strength."
        ),
        "body": (
            "<p>The Tree of Life invites people to draw a tree: roots for where they come "
            "from, the ground for daily life, the trunk for skills and values, branches for "
            "hopes, leaves for the people who matter, and fruits for gifts they have been "
            "given. It lets children and families talk about difficult things without being "
            "defined by them, and makes a good record of who belongs in their community.</p>"
        ),
        "standards": ["build-a-community", "check-back"],
        "kind": "tool",
    },
    {
        "slug": "listening-circles",
        "title": "Listening circles",
        "summary": (
            "A circle in which everyone speaks in turn about an issue or experience and is "
            "listened to without reply."
        ),
        "body": (
            "<p>Listening circles can go round in order or be 'popcorn', where people speak "
            "when ready; either way, everyone gets a turn and nobody dominates. The aim is to "
            "listen, not to answer. A response or agreed actions may follow once the circle is "
            "complete.</p>"
            "<p>Senior leaders have used them to hear staff experience, for example during "
            "Covid and about racism in the workforce, and to hear from people about complaints "
            "while designing the Restorative Approach to Complaints. With families, a circle "
            "can let every member be heard after a significant event, before planning "
            "together.</p>"
        ),
        "standards": ["build-a-community", "co-produce"],
        "kind": "tool",
    },
    {
        "slug": "social-discipline-window",
        "title": "Social Discipline Window",
        "summary": (
            "Wachtel and McCold's model of high support with high challenge: working WITH "
            "people rather than doing TO them, FOR them, or NOT at all."
        ),
        "body": (
            "<p>The window has two axes, support and challenge (or control). High challenge "
            "with little support is doing <strong>to</strong>; high support with little "
            "challenge is doing <strong>for</strong>; little of either is <strong>not</strong> "
            "doing anything. High support with high challenge is working <strong>with</strong>"
            ", and it is the position most likely to lead to change and growth.</p>"
            "<p>Aim to work with children and families: clear expectations, healthy challenge "
            "and real help. Talk it through in supervision when that is hard to hold.</p>"
        ),
        "standards": ["build-a-community", "collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "community-organisations",
        "title": "Community organisations and resources",
        "summary": (
            "The division's directory of local organisations, kept up to date by staff "
            "through the Learning Academy."
        ),
        "body": (
            "<p>Tower Hamlets has a wealth of local organisations that can support families. "
            "The directory on this site was started by staff in the division and depends on "
            "you to keep it current.</p>"
            "<ul><li><strong>Know an organisation that is missing?</strong> Send its details "
            "to the Learning Academy.</li>"
            "<li><strong>Found one that no longer offers what is listed?</strong> Tell the "
            "Learning Academy so it can be marked inactive or removed.</li></ul>"
            "<p>The Tower Hamlets Local Offer lists further services, especially for children "
            "with special educational needs and disabilities (SEND).</p>"
        ),
        "standards": ["build-a-community", "collaborate-for-change"],
        "kind": "guide",
    },
    {
        "slug": "reflective-space-trauma",
        "title": "Reflective space on trauma with CAMHS in Social Care psychologists",
        "summary": (
            "Half-hour individual sessions each Learning Wednesday to think through work with "
            "children and families affected by complex or developmental trauma."
        ),
        "body": (
            "<p>Clinical psychologists from CAMHS in Social Care (CiSC) offer half-hour, "
            "one-to-one reflective spaces every Learning Wednesday. Bring work with a child or "
            "family who may have experienced, or show signs of, complex or developmental "
            "trauma.</p>"
            "<p>You might explore how to work with the family, how to make sense of what you "
            "see in the light of trauma, or how to look after yourself and manage secondary "
            "trauma.</p>"
            "<p>Book a space through the Learning Academy.</p>"
        ),
        "standards": ["build-a-community"],
        "kind": "reflective-space",
    },
    {
        "slug": "reflective-clinical-supervision",
        "title": "Reflective and clinical supervision, group or individual",
        "summary": (
            "Reflective and clinical discussion with a consultant clinical psychologist about "
            "the hardest situations in work with children and their networks."
        ),
        "body": (
            "<p>Practitioners and other professionals can join group sessions or book "
            "individual time with a consultant clinical psychologist. Sessions are shaped "
            "around the challenges of working with children and their networks in difficult "
            "circumstances, and offer a supportive place to try out new ways through complex "
            "situations.</p>"
            "<p>Book through the Learning Academy.</p>"
        ),
        "standards": ["build-a-community"],
        "kind": "reflective-space",
    },
    {
        "slug": "reflective-supervision-learning-academy",
        "title": "Reflective supervision with the Learning Academy",
        "summary": (
            "Reflective supervision from the Practice Assessor in a social worker's first year, "
            "and on request in years two to five through the Early Career Framework."
        ),
        "body": (
            "<p>In their first year (the ASYE), social workers have reflective supervision "
            "with the Practice Assessor in the Learning Academy. Under the Early Career "
            "Framework, social workers two to five years after qualifying can ask for regular "
            "or one-off reflective supervision from a member of the Learning Academy team.</p>"
            "<p>The social worker sets the agenda: a particular child or family, a specific "
            "issue or skill, a containing space for worries, or their own development. Sessions "
            "are usually every six to eight weeks, for as long as they help.</p>"
        ),
        "standards": ["build-a-community"],
        "kind": "reflective-space",
    },
    {
        "slug": "practice-consultations",
        "title": "Practice consultations",
        "summary": (
            "Specialist consultations on domestic abuse, harm outside the home, neglect, direct "
            "work, child sexual abuse, court work, language, conflict and mental health."
        ),
        "body": (
            "<p>Working groups and specialists across the division offer consultations on your "
            "work with a child or family. Many run on the Tuesday afternoon before Learning "
            "Wednesdays; others are available when needed. The table of consultations on this "
            "site shows what each covers, who offers it, when, and how to book.</p>"
        ),
        "standards": ["build-a-community", "collaborate-for-change"],
        "kind": "reflective-space",
    },
    {
        "slug": "council-wellbeing-offer",
        "title": "Council mental health and wellbeing offer",
        "summary": (
            "Support for your mental health and emotional wellbeing from across the council, "
            "whether or not the cause is work."
        ),
        "body": (
            "<p>Looking after your own mental health matters, whether the pressure comes from "
            "work or from elsewhere. The council has a range of support for staff; the Mental "
            "health and wellbeing pages on the intranet explain what is available and how to "
            "reach it.</p>"
        ),
        "standards": ["build-a-community"],
        "kind": "wellbeing",
    },
    {
        "slug": "trauma-support-circles",
        "title": "Trauma Support Circles (Healing Circles)",
        "summary": (
            "A facilitated circle for a team after a distressing event, such as the death of a "
            "child or a violent incident."
        ),
        "body": (
            "<p>When something painful affects a group of colleagues and nobody names it, "
            "people can feel unsupported and carry those feelings for longer. A Trauma Support "
            "Circle, sometimes called a Healing Circle, is a space to debrief, to talk about "
            "what happened and how it felt, and to think about what further support may be "
            "needed. Being heard together can itself be healing.</p>"
            "<p>If a significant incident affects your team, contact the staff wellbeing "
            "mailbox or the Better Together Lead.</p>"
        ),
        "standards": ["build-a-community"],
        "kind": "wellbeing",
    },
    {
        "slug": "wellbeing-in-reflective-spaces",
        "title": "Using reflective spaces for your wellbeing",
        "summary": (
            "Any of the reflective spaces can include time to think about how a piece of work "
            "is affecting you."
        ),
        "body": (
            "<p>The reflective spaces with CAMHS in Social Care, clinical supervision and "
            "reflective supervision with the Learning Academy are not only about the family. "
            "You can use them to think about the impact of the work on your own wellbeing.</p>"
        ),
        "standards": ["build-a-community"],
        "kind": "wellbeing",
    },
    # -- Co-produce ----------------------------------------------------------------------
    {
        "slug": "participation-groups",
        "title": "Participation groups",
        "summary": (
            "Groups of children, young people and parents who help shape the division's "
            "services: CLICC, the Parents Forum, Family Group Experts and the Youth Justice "
            "Participation Forum."
        ),
        "body": (
            "<p>When you are developing something new, connect with these groups early and "
            "use their ideas. If a child, young person or parent you work with would like to "
            "join, contact the group directly. The Better Together Lead can help you plan how "
            "to involve them.</p>"
        ),
        "standards": ["co-produce", "check-back"],
        "kind": "guide",
    },
    {
        "slug": "restorative-child-protection-conferences",
        "title": "Restorative approach to Child Protection Conferences",
        "summary": (
            "Child protection conferences run on restorative lines so that families understand "
            "them, take part and help make the plan."
        ),
        "body": (
            "<p>Families often arrive at a child protection conference anxious and "
            "overwhelmed, and the professionals may be worried too. We recognise the power "
            "imbalance families feel and use a restorative model so that everyone knows why "
            "the meeting is happening and what will happen in it.</p>"
            "<ul><li>Families get 12 days' notice where that does not delay safeguarding.</li>"
            "<li>Reports are clear, jargon-free and shared with the family beforehand.</li>"
            "<li>Children over 12 are helped to take part as fully as is right for them: "
            "meeting the chair, attending, having an advocate or other arrangements.</li>"
            "<li>The chair meets parents and carers before the conference to hear their view "
            "and answer questions.</li>"
            "<li>An advocate is offered to every child over 5 and every parent or carer.</li>"
            "<li>Chairs acknowledge the effect racism and discrimination can have on families "
            "and explore culture and identity in deciding what would help.</li></ul>"
            "<p>The conference considers the impact of possible harm on the child and builds "
            "on strengths and protective factors in agreeing next steps.</p>"
        ),
        "standards": ["co-produce"],
        "kind": "guide",
    },
    {
        "slug": "safety-planning",
        "title": "Safety planning templates",
        "summary": (
            "Templates and good practice examples for safety plans made with the people they "
            "affect, for domestic abuse and harm outside the home."
        ),
        "body": (
            "<p>A safety plan keeps a child or a victim-survivor safe only if it is realistic, "
            "specific to their situation and takes account of cultural factors that make some "
            "actions more or less likely. Make plans with the person and their network, not "
            "for them.</p>"
            "<p>Templates, guidance and examples are in the Harm outside the Home and REPAIR "
            "Documents folders of the Supporting Families Division Teams channel.</p>"
        ),
        "standards": ["co-produce", "collaborate-for-change"],
        "kind": "template",
    },
    {
        "slug": "good-lives-model",
        "title": "Good Lives Model",
        "summary": (
            "A strengths-based approach used by the Youth Justice Service to reduce reoffending "
            "by building a plan around what a child values."
        ),
        "body": (
            "<p>The Good Lives Model asks children what they value in life and what they need "
            "to get there. Together the child and practitioner look at the goals and values "
            "behind the offending, and make a Good Lives Plan for meeting those goals in ways "
            "that are safe and lawful.</p>"
            "<p>A Good Lives Model information sheet is in the Co-produce folder.</p>"
        ),
        "standards": ["co-produce"],
        "kind": "tool",
    },
    {
        "slug": "words-and-pictures",
        "title": "Words and Pictures",
        "summary": (
            "A storyboard of simple words and drawings that explains to a child and their "
            "network what the worries are and what the plan is."
        ),
        "body": (
            "<p>Words and Pictures was developed in the 1980s by Susie Essex and John "
            "Gumbleton in a Bristol child and adolescent mental health service. The story is "
            "drawn with the family and tells, in plain words and hand-drawn pictures, what "
            "professionals are worried about and what everyone will do about it.</p>"
            "<p>Children who understand the worries and the plan are better able to tell "
            "someone when things are not right, and a network that understands them is better "
            "able to keep children safe. Examples are in the Words and Pictures folder.</p>"
        ),
        "standards": ["co-produce"],
        "kind": "tool",
    },
    {
        "slug": "co-produced-care-and-pathway-plans",
        "title": "Co-produced care and pathway plans",
        "summary": (
            "Restorative care plan templates written to the child or care experienced young "
            "adult, and a pilot that lets them shape their plan in their own way."
        ),
        "body": (
            "<p>Care and pathway plans for children in our care and for care experienced young "
            "adults in the Through Care Service use standard forms on Mosaic. Write them to "
            "the person the plan is about, with their views and strengths throughout.</p>"
            "<p>A pilot goes further: practitioners ask the child or young adult how they would "
            "like to contribute, for example with a letter, answers to some questions or "
            "drawings of what they want discussed.</p>"
            "<p>Talk to the Independent Reviewing Officer or the Independent Reviewing Service "
            "about involving a young person as much as they would like.</p>"
        ),
        "standards": ["co-produce"],
        "kind": "template",
    },
    {
        "slug": "co-producing-new-ways-of-working",
        "title": "Co-producing new ways of doing things",
        "summary": (
            "Involving the people a change will affect in shaping it, with the division's "
            "participation groups."
        ),
        "body": (
            "<p>Before changing how something is done, ask who it will affect and bring them "
            "in. That can range from consulting on a draft to designing it together; either "
            "way, make use of their knowledge and experience. Examples so far:</p>"
            "<ul><li>children in the Youth Justice Service helped design the intervention plan "
            "and the service's logo;</li>"
            "<li>families, partners and staff developed the Family Hub behaviours together;"
            "</li>"
            "<li>listening circles with people who had made, faced or investigated complaints "
            "shaped the Restorative Approach to Complaints.</li></ul>"
            "<p>Connect with the participation groups (CLICC, the Parents Forum, Family Group "
            "Experts and the Youth Participation Forum), and talk to the Better Together Lead "
            "about options and approaches.</p>"
        ),
        "standards": ["co-produce"],
        "kind": "guide",
    },
    # -- Collaborate for Change ----------------------------------------------------------
    {
        "slug": "learning-and-development-offer",
        "title": "Learning and development offer",
        "summary": (
            "Specialist and accredited courses, leadership programmes, coaching, Learning "
            "Wednesdays and research partnerships for staff across the division."
        ),
        "body": (
            "<p>Our staff are our greatest asset. The offer includes:</p>"
            "<ul><li>specialist courses from national experts and leading academics;</li>"
            "<li>accredited courses, for example in practice education and systemic practice;"
            "</li><li>leadership courses, including a programme for Global Majority staff;</li>"
            "<li>coaching, mentoring, shadowing and Action Learning;</li>"
            "<li>Learning Wednesdays each month;</li>"
            "<li>research partnerships with Research in Practice and Making Research Count."
            "</li></ul>"
            "<p>The Children's Social Care and Early Help Workforce Development Plans "
            "2023-2026 give the detail. Youth Justice's plan is being written; until then, "
            "talk to your manager and use the Learning Academy and Learning Hub.</p>"
        ),
        "standards": ["collaborate-for-change", "check-back"],
        "kind": "guide",
    },
    {
        "slug": "affective-statements",
        "title": "Nonviolent Communication and affective statements",
        "summary": (
            "Marshall Rosenberg's way of expressing feelings and needs without blame, and the "
            "three-step affective statement."
        ),
        "body": (
            "<p>Marshall Rosenberg developed Nonviolent Communication (NVC) in the 1960s, "
            "drawing on the civil rights movement and his own childhood experience of violence "
            "and antisemitism. Its core idea: when we say honestly what we feel and need, "
            "without judging, and listen with empathy to the other person's feelings and "
            "needs, relationships can start to mend.</p>"
            "<p>An affective statement is a simple place to start:</p>"
            "<ol><li>Describe what happened, factually ('I called three times and did not "
            "hear back', not 'you ignored me').</li>"
            "<li>Say how you felt ('I felt worried'), not what they made you feel, and why it "
            "matters to you.</li>"
            "<li>Ask clearly for what you would like instead ('If you can't talk, could you "
            "text me a time that suits?').</li></ol>"
        ),
        "standards": ["collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "restorative-questions",
        "title": "Restorative questions and the three-step process",
        "summary": (
            "Terry O'Connell's questions for people affected by hurt or harm, and the "
            "three-step version: what happened, who has been affected, what needs to happen."
        ),
        "body": (
            "<p>In the 1990s Terry O'Connell, an Australian police officer, found that letting "
            "people tell the person who harmed them about the impact worked better than blame "
            "and punishment. The questions he used are now central to Restorative Justice, and "
            "they help too where there is no clear victim or offender but something has caused "
            "hurt.</p>"
            "<p>The three-step restorative problem-solving process asks:</p>"
            "<ul><li>What happened?</li><li>Who has been affected?</li>"
            "<li>What needs to happen?</li></ul>"
            "<p>Practitioners and managers who have done the Action Learning Sets are "
            "encouraged to use the questions after low-level incidents, such as an argument or "
            "misunderstanding. For more formal use, see Facilitated Restorative Meetings.</p>"
        ),
        "standards": ["be-curious", "collaborate-for-change"],
        "kind": "tool",
    },
    {
        "slug": "restorative-approach-to-complaints",
        "title": "Restorative approach to complaints",
        "summary": (
            "Handling complaints through conversation and learning, with support for everyone "
            "involved and attention to repairing relationships."
        ),
        "body": (
            "<p>We are developing a restorative approach to complaints. It means:</p>"
            "<ul><li>talking rather than emailing, to understand each other and resolve things "
            "early;</li>"
            "<li>listening for the need underneath the complaint and asking what we can learn, "
            "rather than defending or blaming;</li>"
            "<li>recognising that feelings run high for the complainant, the person complained "
            "about and the person investigating, and making sure each has support;</li>"
            "<li>thinking about how to repair any harm, especially to relationships, that the "
            "process itself has caused.</li></ul>"
            "<p>Contact the Better Together Lead in the Learning Academy for more.</p>"
        ),
        "standards": ["collaborate-for-change"],
        "kind": "guide",
    },
    {
        "slug": "yjs-enabling-fund",
        "title": "Youth Justice Service Enabling Fund",
        "summary": (
            "A fund practitioners can draw on to buy things that will make a difference for "
            "children working with the Youth Justice Service."
        ),
        "body": (
            "<p>Practitioners can apply to the Enabling Fund for resources that would benefit "
            "a child they are working with. Ask your YJS manager how to apply.</p>"
        ),
        "standards": ["collaborate-for-change"],
        "kind": "guide",
    },
    {
        "slug": "one-plus-one-practitioner-guide",
        "title": "One Plus One practitioner guide and free learning",
        "summary": (
            "Online guidance for all practitioners working with parents in conflict, with free "
            "additional learning open to everyone."
        ),
        "body": (
            "<p>Part of the Reducing Parental Conflict offer. The practitioner guide can be "
            "read online or downloaded as a PDF, and the additional learning modules are free "
            "to anyone. Use them before introducing a family to the One Plus One programmes.</p>"
        ),
        "standards": ["collaborate-for-change"],
        "kind": "guide",
    },
    # -- Check Back ----------------------------------------------------------------------
    {
        "slug": "family-feedback-forms",
        "title": "Family feedback forms",
        "summary": (
            "Anonymous feedback from children, families and carers in English, Bengali and "
            "Somali, collected in three four-month cycles a year and answered with 'You Said, "
            "We Did'."
        ),
        "body": (
            "<p>Asking the people we work with how it went is a core part of checking back.</p>"
            "<ul><li>There are three feedback cycles a year, each lasting four months.</li>"
            "<li>In each cycle, give the link or QR code to at least five people you are "
            "working with. Get them, with a printable poster, from "
            '<a href="/en/share-the-form/">Share the feedback form</a>: choose your team '
            "and the family's language.</li>"
            "<li>The form is available in English, Bengali and Somali.</li>"
            "<li>Responses are anonymous, but people can opt in to a phone call to say more; "
            "that conversation is not anonymous.</li></ul>"
            "<p>At the end of each cycle the working group writes a short 'You Said' summary. "
            "The Senior Leadership Team replies with 'We Did': how the feedback will shape "
            "strategy, services, management conversations and practice. The combined report "
            "goes to leaders and practitioners.</p>"
        ),
        "standards": ["check-back"],
        "kind": "tool",
    },
    {
        "slug": "quality-assurance-framework",
        "title": "Quality Assurance Framework and restorative audits",
        "summary": (
            "Audits that include a conversation with the practitioner and the family, written "
            "to the practitioner, followed by learning campaigns and dip audits."
        ),
        "body": (
            "<p>Our quality assurance follows the same restorative values as the rest of the "
            "framework. Each audit includes a conversation with the practitioner who did the "
            "work and with the family who was supported. Auditors stay curious, ask questions "
            "where practice falls short, and work in a spirit of high support and high "
            "challenge. They also ask the practitioner what helped or hindered the work.</p>"
            "<p>Audits are written directly to the practitioner, naming strengths as well as "
            "areas to develop. Independent Reviewing Officer (IRO) reviews feed in as well.</p>"
            "<p>After each audit cycle a learning campaign tackles the themes found. We then "
            "check whether it worked, in the next full audit of that service and through dip "
            "audits: a narrow question asked across many children's records, for example "
            "whether neglect tools appear wherever neglect is a concern.</p>"
        ),
        "standards": ["check-back"],
        "kind": "guide",
    },
    {
        "slug": "practice-week-and-observations",
        "title": "Practice Week and practice observations",
        "summary": (
            "A week when senior leaders from the council and partners see practice first-hand "
            "and hear from families and staff."
        ),
        "body": (
            "<p>During Practice Week, senior and directorate leaders, lead members, the Mayor "
            "and partner leaders spend time with staff across the division. They observe and "
            "audit practice, talk about the work and chat with families. What they see and "
            "hear is written up and brought together to inform future learning.</p>"
        ),
        "standards": ["check-back"],
        "kind": "guide",
    },
    {
        "slug": "my-annual-review",
        "title": "My Annual Review (staff appraisal)",
        "summary": (
            "The council's yearly appraisal conversation between each member of staff and "
            "their line manager, held between April and June."
        ),
        "body": (
            "<p>My Annual Review takes place between 1 April and 30 June. It is a structured "
            "conversation about the year; the outcomes are recorded online and training and "
            "wellbeing objectives are added to your development plan. Find it on the Learning "
            "Hub.</p>"
        ),
        "standards": ["check-back"],
        "kind": "guide",
    },
    {
        "slug": "exit-interviews",
        "title": "Exit interviews",
        "summary": (
            "A conversation with the Learning Academy when someone leaves, so the division can "
            "learn from their experience."
        ),
        "body": (
            "<p>We would rather people stayed, but when someone decides to leave we want to "
            "learn from their time with us. The Learning Academy carries out exit interviews "
            "using the council's framework. Feedback is anonymised and grouped into themes for "
            "the Senior Leadership Team to act on. Ask the Learning Academy to arrange one.</p>"
        ),
        "standards": ["check-back"],
        "kind": "guide",
    },
]

# ---------------------------------------------------------------------------------------
# Interventions and services.
# ---------------------------------------------------------------------------------------

ALL_SUPPORTING_FAMILIES = ["early-help", "youth-justice", "childrens-social-care"]

# What the framework document says of its services as a whole: most are free and for
# children and families in the borough (the booklet's Children and Family Centres section:
# "All Children and Family Centre services are free"). An entry's own values win.
SERVICE_DEFAULTS = {
    "cost_options": [{"option": "Free", "amount": 0}],
    "areas_served": [{"name": "Tower Hamlets", "postcode_districts": "E1 E1W E2 E3 E14"}],
    "languages": ["en"],
}

INTERVENTIONS = [
    {
        "slug": "family-group-conference",
        "title": "Family Group Conference (FGC)",
        # The public page the Open Referral feed needs; the others are left out of it.
        "public_url": "https://www.example.org/tower-hamlets/family-group-conference",
        "summary": (
            "A meeting, led by the family, where relatives and friends make their own plan for "
            "how a child's needs will be met."
        ),
        "who_for": (
            "Any family supported by Early Help, Youth Justice or Children's Social Care, and "
            "families who refer themselves without a practitioner involved."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ALL_SUPPORTING_FAMILIES,
        "delivery": ["in-person", "group"],
        "how_to_refer": (
            "<p>Email the Family Group Conference Service. Self-referrals are welcome. Offer an "
            "FGC at the earliest point in the child's life.</p>"
        ),
        "eligibility": (
            "Every family in the Supporting Families Division is offered an FGC. The family "
            "must agree to take part."
        ),
        "contacts": ["family-group-conference"],
        "standards": ["build-a-community", "co-produce"],
        "body": (
            "<p>An FGC puts family and friends at the centre of decisions about a child. An "
            "independent coordinator helps the family decide who to invite and prepares "
            "everyone. The practitioner sets out the questions the network needs to answer, "
            "then leaves the room for <strong>private family time</strong>, when the family "
            "makes its own plan.</p>"
            "<p>The family plan should shape and lead any other plan for the child. Advocates "
            "can support children and parents to take part.</p>"
            "<p>Guides: the FGC video, the Early Help FGC One Minute Guide, the Children's "
            "Social Care FGC One Minute Guide and the FGC information leaflet.</p>"
        ),
    },
    {
        "slug": "lifelong-links",
        "title": "Lifelong Links",
        "summary": (
            "A trained coordinator helps a child in care find and reconnect with family, "
            "friends and other people who matter to them."
        ),
        "who_for": "Children in the care of the local authority.",
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["childrens-social-care", "regulated-services"],
        "delivery": ["in-person", "one-to-one", "group"],
        "how_to_refer": (
            "<p>Email the Family Group Conference Service, which runs Lifelong Links. Every "
            "social worker for a child in our care is encouraged to consider a referral.</p>"
        ),
        "eligibility": "The child must be looked after by Tower Hamlets.",
        "contacts": ["family-group-conference"],
        "standards": ["build-a-community", "check-back"],
        "body": (
            "<p>Children who come into care often lose touch with people who were important "
            "to them. A Lifelong Links coordinator searches for relatives, old friends, "
            "teachers and others, talks to them and, with the child, brings them together at "
            "a family group meeting to plan how they will stay in the child's life.</p>"
            "<p>See the Lifelong Links One Minute Guide.</p>"
        ),
    },
    {
        "slug": "advocacy",
        "title": "Advocacy for children and parents",
        "summary": (
            "Independent advocates who help children, parents and carers take part in FGCs, "
            "child protection conferences and looked after reviews."
        ),
        "who_for": (
            "Children over 5 and every parent or carer attending an FGC, a child protection "
            "conference or a Children Looked After review; children in care and care "
            "experienced young adults through Coram Voice."
        ),
        "age_min": 5,
        "age_max": 25,
        "service_areas": ALL_SUPPORTING_FAMILIES,
        "delivery": ["in-person", "one-to-one"],
        "how_to_refer": (
            "<p>For FGCs, child protection conferences and looked after reviews, email the "
            "advocacy coordinator and copy in the Family Group Conference Service.</p>"
            "<p>Children in care and care experienced young adults can also contact Coram "
            "Voice directly on 0808 800 5792 or help@coramvoice.org.uk.</p>"
        ),
        "eligibility": "The child or parent must want an advocate.",
        "contacts": ["advocacy", "family-group-conference"],
        "standards": ["co-produce"],
        "body": (
            "<p>An advocate agrees with the child or parent how they want to be supported: "
            "going to the meeting with them, or putting their views across on their behalf. "
            "Advocates help rebalance power so that families' voices are heard.</p>"
            "<p>Leaflets: Advocacy information; How can an advocate help you (children and "
            "adults); Stages of the child protection advocacy process.</p>"
        ),
    },
    {
        "slug": "young-carers-project",
        "title": "Young Carers Project",
        "summary": (
            "Peer support groups where young carers relax, eat together and try activities "
            "with others in the same situation."
        ),
        "who_for": "Children and young people identified as young carers.",
        "age_min": 8,
        "age_max": 17,
        "service_areas": ["early-help"],
        "delivery": ["in-person", "group"],
        "how_to_refer": (
            "<p>Refer to the Multi Agency Support Team (MAST), which passes referrals on to "
            "the project.</p>"
        ),
        "eligibility": "Identified as a young carer and aged 8 to 17.",
        "contacts": ["multi-agency-support-team"],
        "standards": ["build-a-community"],
        "body": (
            "<p>Two groups meet: a junior group for 8 to 12 year olds and a teen group for 13 "
            "to 17 year olds. Sessions are relaxed, with food and activities such as pool, "
            "table tennis and football, and they build a community of young people who "
            "understand each other.</p>"
        ),
    },
    {
        "slug": "mockingbird",
        "title": "Mockingbird",
        "summary": (
            "Constellations of foster families around an experienced Hub Home Carer, who "
            "support each other like an extended family."
        ),
        "who_for": "Foster carers and the children they look after.",
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["regulated-services"],
        "delivery": ["in-person", "group", "home-visits"],
        "how_to_refer": (
            "<p>Foster carers can ask their supervising social worker or the Fostering Service "
            "about joining a constellation.</p>"
        ),
        "eligibility": "Approved Tower Hamlets foster carers.",
        "contacts": ["fostering-service"],
        "standards": ["build-a-community"],
        "body": (
            "<p>There are three Mockingbird constellations, each supported by a Hub Home "
            "Carer. The Hub Home Carer gets to know every family in the constellation, offers "
            "sleepovers and advice, and helps families support one another so problems are "
            "dealt with before they grow and living arrangements break down. That strengthens "
            "the protective factors around children in our care.</p>"
        ),
    },
    {
        "slug": "special-guardianship-support",
        "title": "Support for special guardians",
        "summary": (
            "Emotional, practical and financial support for family and friends who care for a "
            "child under a Special Guardianship Order."
        ),
        "who_for": (
            "Relatives and friends caring, or preparing to care, for a child under a Special "
            "Guardianship Order (SGO)."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["regulated-services", "childrens-social-care"],
        "delivery": ["in-person", "one-to-one", "home-visits"],
        "how_to_refer": ("<p>Talk to the Permanency, Support and Assessment Team.</p>"),
        "eligibility": "The child lives, or will live, with the special guardian under an SGO.",
        "contacts": ["permanency-support"],
        "standards": ["build-a-community"],
        "body": (
            "<p>Our vision is to keep children within their family network, immediate or "
            "wider, where it is safe. When birth parents cannot care for a child, special "
            "guardianship lets a relative or friend do so for the long term, and the "
            "Permanency, Support and Assessment Team supports them. Therapeutic support is "
            "also available through TFACT.</p>"
        ),
    },
    {
        "slug": "family-hubs",
        "title": "Family Hubs",
        "summary": (
            "One place for local services and advice for families, from pregnancy to 19, or "
            "25 for young people with SEND."
        ),
        "who_for": (
            "Tower Hamlets residents: expectant parents; parents and carers of children aged "
            "0 to 19 (25 with special educational needs or a disability); and children and "
            "young people themselves."
        ),
        "age_min": 0,
        "age_max": 25,
        "service_areas": ["family-hubs", "early-help", "health"],
        "delivery": ["in-person", "group", "one-to-one", "online"],
        "how_to_refer": (
            "<p>Families can walk in to any Family Hub or look up services on the Family Hubs "
            "website. Practitioners can contact the Family Hubs team.</p>"
        ),
        "eligibility": "Lives in Tower Hamlets.",
        "contacts": ["family-hubs"],
        "standards": ["build-a-community"],
        "body": (
            "<p>Family Hubs are part of Early Help. They bring together council services, "
            "health care, charities, voluntary groups, arts organisations and more, and "
            "include the Start for Life services for babies and children up to 2.</p>"
            "<p>The Family Hub behaviours were developed with families, partners and staff.</p>"
        ),
    },
    {
        "slug": "children-and-family-centres",
        "title": "Children and Family Centres: universal and targeted sessions",
        "summary": (
            "Free play, parenting, early learning and health sessions at 12 Children and "
            "Family Centres and their satellite sites."
        ),
        "who_for": (
            "Families with babies and young children in Tower Hamlets, with some sessions for "
            "parents of older children."
        ),
        "age_min": 0,
        "age_max": 19,
        "service_areas": ["family-hubs", "early-help"],
        "delivery": ["in-person", "group"],
        "how_to_refer": (
            "<p>Most sessions are drop-in. The current timetable is on the Family Hubs "
            "website; targeted sessions can be booked through the centre.</p>"
        ),
        "eligibility": "Free to families living in Tower Hamlets.",
        "contacts": ["family-hubs"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>What the centres offer, free of charge:</p>"
            "<ul><li>universal sessions: Stay and Play, starting solids, school readiness, "
            "baby massage and breastfeeding support;</li>"
            "<li>drop-in play: ball pools, sandpits, building blocks, story books, baby play "
            "and sensory play;</li>"
            "<li>targeted sessions such as Little Talkers, Invitation to Play and healthy "
            "eating;</li>"
            "<li>help applying for early learning places;</li>"
            "<li>parenting programmes and specialist programmes such as Positive Change;</li>"
            "<li>routes into work through Tower Hamlets WorkPath and adult learning;</li>"
            "<li>Healthy Start vitamins and vouchers;</li>"
            "<li>signposting and referral to other services.</li></ul>"
        ),
    },
    {
        "slug": "baby-feeding-service",
        "title": "Baby Feeding Service",
        "summary": (
            "Help with breast and bottle feeding from local mothers trained as Baby Feeding "
            "Specialists, who speak Sylheti, Bengali, Somali and English."
        ),
        "who_for": (
            "Parents living in Tower Hamlets, or who gave birth at the Royal London Hospital, "
            "from pregnancy through the early months."
        ),
        "age_min": 0,
        "age_max": 1,
        "service_areas": ["early-help", "family-hubs", "health"],
        "delivery": ["in-person", "group", "one-to-one", "home-visits"],
        "how_to_refer": (
            "<p>Phone the service to speak to a Baby Feeding Specialist or ask for a home "
            "visit. Calls are returned by the next working day. Drop-in group times are on the "
            "Family Hubs website.</p>"
        ),
        "eligibility": ("Lives in Tower Hamlets, or gave birth at the Royal London Hospital."),
        "contacts": ["baby-feeding"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>The specialists are local mothers who breastfed their own children and "
            "trained further to support others. The service:</p>"
            "<ul><li>runs two-hour 'getting ready to breastfeed' antenatal workshops;</li>"
            "<li>supports mothers on the postnatal ward at the Royal London Hospital;</li>"
            "<li>visits at home after discharge to help feeding get off to a good start;</li>"
            "<li>runs six breastfeeding drop-in groups every week.</li></ul>"
        ),
    },
    {
        "slug": "reparations",
        "title": "Reparation projects",
        "summary": (
            "Meaningful community projects through which children on Youth Justice orders give "
            "something back."
        ),
        "who_for": "Children serving community orders with the Youth Justice Service.",
        "age_min": 10,
        "age_max": 17,
        "service_areas": ["youth-justice"],
        "delivery": ["in-person", "group"],
        "how_to_refer": (
            "<p>YJS case managers arrange reparation through the reparations coordinator.</p>"
        ),
        "eligibility": "A community order that includes reparation.",
        "contacts": ["reparations"],
        "standards": ["build-a-community"],
        "body": (
            "<p>When someone has been harmed, there should be a chance to repair that harm, "
            "often indirectly by giving back to the community. The projects are deliberately "
            "more relational than litter picking in hi-vis jackets.</p>"
            "<p>Children have improved Stepney City Farm, cared for animals, grown fruit and "
            "vegetables, carried out maintenance and learned bike mechanics with the Urban "
            "Adventure project, and helped volunteers at Mile End Community Garden. A newer "
            "partnership with the Felix Project, a food charity, has children preparing and "
            "delivering food for people in need.</p>"
        ),
    },
    {
        "slug": "resettlement-and-migration-team",
        "title": "Resettlement and Migration Team",
        "summary": (
            "Wrap-around support for people seeking sanctuary who are housed in Tower Hamlets "
            "through Home Office schemes."
        ),
        "who_for": (
            "Families and individuals seeking sanctuary in the UK and placed in Tower Hamlets "
            "accommodation through Home Office relocation schemes."
        ),
        "age_min": None,
        "age_max": None,
        "service_areas": ["early-help"],
        "delivery": ["in-person", "one-to-one", "home-visits"],
        "how_to_refer": "<p>Email the Resettlement and Migration Team.</p>",
        "eligibility": "Placed in Tower Hamlets under a Home Office relocation scheme.",
        "contacts": ["resettlement-and-migration"],
        "standards": ["build-a-community"],
        "body": (
            "<p>The team was set up in Early Help in 2022 to support Ukrainians who came to the "
            "UK after Russia's invasion. It now works with everyone seeking sanctuary who is "
            "placed here through Home Office schemes: finding out what support they need and "
            "working with partners inside and outside the council to help them settle into "
            "their new community.</p>"
        ),
    },
    {
        "slug": "facilitated-restorative-meetings",
        "title": "Facilitated Restorative Meetings (restorative conferences)",
        "summary": (
            "A carefully prepared meeting that brings together people hurt or harmed by "
            "something that happened, so they can be heard and repair the harm."
        ),
        "who_for": (
            "Children, families and staff where something has damaged a relationship, during "
            "the current pilot."
        ),
        "age_min": None,
        "age_max": None,
        "service_areas": ALL_SUPPORTING_FAMILIES + ["regulated-services"],
        "delivery": ["in-person", "group"],
        "how_to_refer": (
            "<p>Contact the Better Together Lead to book a consultation with one of the "
            "facilitators.</p>"
        ),
        "eligibility": (
            "Everyone taking part must consent freely and want to repair the relationship."
        ),
        "contacts": ["better-together-lead"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Internationally these are called restorative conferences. We call them "
            "Facilitated Restorative Meetings so they are not confused with child protection "
            "conferences, FGCs or staff conferences. Often each person feels they were the one "
            "harmed, and that is fine. Careful preparation means a meeting only goes ahead "
            "with willing consent.</p>"
            "<p>The pilot offers them, step by step:</p>"
            "<ol><li>as part of resolving a complaint informally, or instead of a formal "
            "stage;</li>"
            "<li>after an incident between a child and someone outside the family, such as "
            "another child;</li>"
            "<li>possibly, where a child's behaviour in foster care, or repair after a LADO "
            "investigation, would benefit.</li></ol>"
            "<p>Staff trained as Restorative Conference Facilitators can also use the skills "
            "in their daily work, with support from the Better Together Lead unless the matter "
            "is quick and informal. Three facilitators in the Learning, Organisational and "
            "Cultural Development (LOCD) team help with conflict between staff.</p>"
        ),
    },
    {
        "slug": "swiss",
        "title": "Social Workers in Secondary Schools (SWISS)",
        "summary": (
            "Experienced social workers based in secondary schools so that safeguarding "
            "worries are picked up at the earliest point."
        ),
        "who_for": "Pupils at Tower Hamlets secondary schools and their families.",
        "age_min": 11,
        "age_max": 18,
        "service_areas": ["education", "childrens-social-care", "early-help"],
        "delivery": ["in-person", "one-to-one", "group"],
        "how_to_refer": (
            "<p>School staff talk to the school's SWISS social worker. Others can contact the "
            "SWISS team.</p>"
        ),
        "eligibility": "Attends a Tower Hamlets secondary school.",
        "contacts": ["swiss"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Working alongside school staff, SWISS social workers carry out Early Help "
            "Assessments and Child and Family Assessments under section 17 of the Children Act "
            "1989 (Child in Need). For children they already know, they also undertake "
            "section 47 (Child Protection) enquiries and can bring a child into care if "
            "needed.</p>"
            "<p>SWISS also run lunchtime games clubs and outdoor activities in the half-term "
            "holidays to support young people's development and wellbeing.</p>"
        ),
    },
    {
        "slug": "swips",
        "title": "Social Workers in Primary Schools (SWIPS)",
        "summary": (
            "Experienced social workers based in primary schools that have bought into the "
            "SWIPS offer."
        ),
        "who_for": "Pupils at participating Tower Hamlets primary schools and their families.",
        "age_min": 4,
        "age_max": 11,
        "service_areas": ["education", "childrens-social-care", "early-help"],
        "delivery": ["in-person", "one-to-one"],
        "how_to_refer": (
            "<p>School staff talk to the school's SWIPS social worker. Schools interested in "
            "buying in can contact the SWIPS team.</p>"
        ),
        "eligibility": "Attends a primary school that has bought into SWIPS.",
        "contacts": ["swips"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>As in secondary schools, SWIPS social workers work with school staff to act on "
            "safeguarding worries early. They complete Early Help Assessments and Child and "
            "Family Assessments (section 17, Child in Need), and for children already known "
            "to them, section 47 enquiries and, if needed, care proceedings.</p>"
        ),
    },
    {
        "slug": "ether-programme",
        "title": "Ether programme",
        "summary": (
            "A Youth Justice programme that develops leadership skills in children from the "
            "Global Majority."
        ),
        "who_for": "Global Majority children working with the Youth Justice Service.",
        "age_min": 10,
        "age_max": 17,
        "service_areas": ["youth-justice"],
        "delivery": ["in-person", "group"],
        "how_to_refer": "<p>Speak to the child's YJS case manager.</p>",
        "eligibility": "Open to the Youth Justice Service.",
        "contacts": ["youth-justice-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Part of the Youth Justice interventions offer, Ether is designed to grow "
            "leadership skills and confidence in children from the Global Majority.</p>"
        ),
    },
    {
        "slug": "your-stance",
        "title": "Your Stance weapons awareness",
        "summary": (
            "Sessions on the impact of carrying and using weapons, helping children keep "
            "themselves and others safe."
        ),
        "who_for": "Children working with the Youth Justice Service.",
        "age_min": 10,
        "age_max": 17,
        "service_areas": ["youth-justice"],
        "delivery": ["in-person", "group", "one-to-one"],
        "how_to_refer": "<p>Speak to the child's YJS case manager.</p>",
        "eligibility": "Open to the Youth Justice Service.",
        "contacts": ["youth-justice-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Your Stance looks at what weapon-related behaviour does to victims, families "
            "and communities, and gives young people practical ways to stay safe.</p>"
        ),
    },
    {
        "slug": "drive-and-takeaway",
        "title": "Drive and Takeaway",
        "summary": (
            "A motoring offence intervention that uses virtual reality headsets to show the "
            "impact of vehicle crime."
        ),
        "who_for": (
            "Children working with the Youth Justice Service who have a recent or past "
            "motoring offence."
        ),
        "age_min": 10,
        "age_max": 17,
        "service_areas": ["youth-justice"],
        "delivery": ["in-person", "one-to-one"],
        "how_to_refer": "<p>Speak to the child's YJS case manager.</p>",
        "eligibility": "A recent or previous motoring or vehicle offence.",
        "contacts": ["youth-justice-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Young people use virtual reality (VR) headsets to experience the consequences "
            "of dangerous driving and vehicle offences, then talk through what they saw.</p>"
        ),
    },
    {
        "slug": "girls-empowerment-group",
        "title": "Girls empowerment group",
        "summary": (
            "A Youth Justice group that helps girls make safer choices and build a positive "
            "view of themselves."
        ),
        "who_for": "Girls working with the Youth Justice Service.",
        "age_min": 10,
        "age_max": 17,
        "service_areas": ["youth-justice"],
        "delivery": ["in-person", "group"],
        "how_to_refer": "<p>Speak to the child's YJS case manager.</p>",
        "eligibility": "Open to the Youth Justice Service.",
        "contacts": ["youth-justice-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>A group run by the Youth Justice Service where girls talk about relationships, "
            "safety and self-image with others their age.</p>"
        ),
    },
    {
        "slug": "edge-of-care",
        "title": "Edge of Care",
        "summary": (
            "A multi-disciplinary team that helps children on the edge of care stay with their "
            "families, and helps children in care return home when it is safe."
        ),
        "who_for": (
            "Children at risk of coming into care, and children in care who may return home; "
            "usually 11 to 17, with reunification work now being trialled from age 8."
        ),
        "age_min": 8,
        "age_max": 17,
        "service_areas": ["childrens-social-care", "regulated-services"],
        "delivery": ["in-person", "home-visits", "one-to-one"],
        "how_to_refer": (
            "<p>Make a referral, which is discussed with you at the Resources Panel. The panel "
            "meets every other Tuesday afternoon on Microsoft Teams.</p>"
        ),
        "eligibility": (
            "Aged 11 to 17 and at risk of care, or aged 8 to 17 for reunification, agreed at "
            "the Resources Panel."
        ),
        "contacts": ["edge-of-care"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>An established, well-regarded team that helps families find their own way to "
            "change. The team uses analytical chronologies when planning a return home, "
            "weighing risk, protective factors and parents' capacity to change. Some workers "
            "are trained in Your Choice.</p>"
            "<p>See the Edge of Care leaflet and the Edge of Care Service page on the "
            "intranet.</p>"
        ),
    },
    {
        "slug": "systemic-family-therapy-clinic",
        "schedules": [
            {"days": "TH", "description": "Every other Thursday afternoon, at the Town Hall"}
        ],
        "title": "Systemic Family Therapy Clinic",
        "summary": (
            "Fortnightly systemic consultations at the Town Hall for social workers, alone or "
            "with the family, which can lead on to family therapy."
        ),
        "who_for": (
            "Social workers and families open to Children's Social Care, where no CAMHS worker "
            "is allocated."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["childrens-social-care"],
        "delivery": ["in-person", "group"],
        "how_to_refer": (
            "<p>Email the clinic to ask for a referral form or with any questions. The clinic "
            "has taken referrals since November 2024.</p>"
        ),
        "eligibility": (
            "Open to Children's Social Care and not currently allocated a CAMHS worker."
        ),
        "contacts": ["systemic-clinic"],
        "standards": ["collaborate-for-change", "be-curious"],
        "body": (
            "<p>Every other Thursday afternoon, a family therapist and reflecting team think "
            "with social workers, and with families if they come too, about relationships and "
            "communication within the family and across the network. Depending on need, this "
            "can become family therapy in the clinic.</p>"
        ),
    },
    {
        "slug": "functional-family-therapy",
        "title": "Functional Family Therapy (FFT)",
        "summary": (
            "Evidence-based therapy for the whole family at home, for 10 to 17 year olds at "
            "risk of exploitation, gang involvement or offending."
        ),
        "who_for": (
            "Children aged 10 to 17 at risk of criminal or sexual exploitation, gang or county "
            "lines involvement, or offending, and their families."
        ),
        "age_min": 10,
        "age_max": 17,
        "service_areas": [
            "regulated-services",
            "early-help",
            "youth-justice",
            "childrens-social-care",
        ],
        "delivery": ["home-visits", "in-person"],
        "how_to_refer": (
            "<p>Referrals are accepted from Early Help, Youth Justice and Children's Social "
            "Care. Email the FFT team or see the Functional Family Therapy folder.</p>"
        ),
        "eligibility": (
            "Aged 10 to 17 with the risks above. FFT is currently offered as part of a funded "
            "randomised controlled trial (RCT), so not every referred family will receive it."
        ),
        "contacts": ["functional-family-therapy"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>FFT is delivered in the family home by highly trained therapists from "
            "Regulated Services and Resources. It works with the whole family to change the "
            "patterns of interaction behind the young person's difficulties.</p>"
        ),
    },
    {
        "slug": "tfact",
        "title": "Therapeutic Fostering and Care Team (TFACT)",
        "summary": (
            "Attachment and trauma-informed training, consultation and support for foster "
            "carers, special guardians and their social workers, built on DDP."
        ),
        "who_for": (
            "Foster carers, special guardians, and assessing and supervising social workers "
            "caring for or supporting children who have experienced trauma."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["regulated-services"],
        "delivery": ["in-person", "one-to-one", "group"],
        "how_to_refer": "<p>Email the TFACT referrals mailbox.</p>",
        "eligibility": (
            "Caring for a child looked after by Tower Hamlets or under a Special Guardianship "
            "Order, or the social worker supporting that carer."
        ),
        "contacts": ["tfact-referrals", "tfact"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Children who cannot live with their parents have usually lived through trauma, "
            "which can make it hard to trust new carers and raise the risk of placements "
            "breaking down. TFACT, part of Regulated Services and Resources, draws on "
            "attachment and trauma theory, with Dyadic Developmental Psychotherapy (DDP) "
            "at its core.</p>"
            "<p>It focuses on the relationship between carer and child: helping carers "
            "understand developmental trauma, nurture attachment, grow in skill and "
            "confidence, and keep the child's home stable. See the TFACT leaflet.</p>"
        ),
    },
    {
        "slug": "camhs-in-social-care",
        # The booklet: the CAMHS duty team answers 9am to 5pm, Monday to Friday.
        "schedules": [
            {
                "days": "MO,TU,WE,TH,FR",
                "opens_at": datetime.time(9),
                "closes_at": datetime.time(17),
                "description": "CAMHS duty team, for urgent requests",
            }
        ],
        "title": "CAMHS in Social Care (CiSC)",
        "summary": (
            "A multi-disciplinary CAMHS team dedicated to children with a social care plan, "
            "offering consultation to the network and direct work with the child."
        ),
        "who_for": (
            "Children on a Child in Need, Child Protection or Child Looked After plan, their "
            "families and the professionals around them."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["childrens-social-care", "health"],
        "delivery": ["in-person", "one-to-one", "online"],
        "how_to_refer": (
            "<p>Email the CiSC referrals mailbox for a consultation or an intervention. "
            "Requests are reviewed on Monday mornings and a consultation is offered by "
            "calendar invitation.</p>"
            "<p>If it is urgent, call the CAMHS duty team on 020 7426 2375, Monday to Friday, "
            "9am to 5pm.</p>"
        ),
        "eligibility": (
            "The child has a Child in Need, Child Protection or Child Looked After plan."
        ),
        "contacts": ["camhs-in-social-care", "camhs-duty"],
        "standards": ["collaborate-for-change", "be-curious"],
        "body": (
            "<p>Children in social care are more likely to struggle with their emotional "
            "wellbeing and mental health. CiSC brings CAMHS expertise to them directly. "
            "Sometimes a CiSC clinician works with the child or family; sometimes it is better "
            "to help the workers and family members who already know the child to give that "
            "support.</p>"
            "<p>CiSC psychologists also run reflective spaces on trauma every Learning "
            "Wednesday, and CiSC staff are among those trained in Video Interaction "
            "Guidance.</p>"
        ),
    },
    {
        "slug": "diamond-project",
        "title": "Diamond Project",
        "summary": (
            "Support for parents who have had a child under 5 removed in the last five years, "
            "to reduce the chance of it happening again."
        ),
        "who_for": (
            "Parents who have had at least one child under 5 removed from their care in the "
            "past five years, who are not pregnant and have no child in their care now."
        ),
        "age_min": None,
        "age_max": None,
        "service_areas": ["childrens-social-care"],
        "delivery": ["in-person", "one-to-one", "group"],
        "how_to_refer": (
            "<p>Check the referral criteria in the Diamond Project leaflet, then email the "
            "Diamond Project.</p>"
        ),
        "eligibility": (
            "At least one child under 5 removed in the last five years; the mother is not "
            "pregnant; no child currently in the parent's care."
        ),
        "contacts": ["diamond-project"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>There are two pathways:</p>"
            "<ul><li><strong>Contact group</strong>: for parents not yet ready to make changes, "
            "who benefit from regular contact with a trusted professional.</li>"
            "<li><strong>Participant group</strong>: a more intensive programme for parents "
            "ready and willing to work on change.</li></ul>"
        ),
    },
    {
        "slug": "your-choice",
        "title": "Your Choice",
        "summary": (
            "A pan-London violence reduction programme using psychologically informed CBT "
            "techniques with young people at risk of harm outside the home."
        ),
        "who_for": "Children aged 11 to 18 at risk of harm outside the home.",
        "age_min": 11,
        "age_max": 18,
        "service_areas": ["youth-justice", "early-help", "childrens-social-care"],
        "delivery": ["in-person", "one-to-one"],
        "how_to_refer": (
            "<p>Speak to the Your Choice coordinator, a group manager in the Exploitation "
            "Service.</p>"
        ),
        "eligibility": "Aged 11 to 18 and at risk of harm outside the home.",
        "contacts": ["your-choice", "exploitation-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Your Choice is a pro-social programme run by 30 London boroughs, including "
            "Tower Hamlets. Trained practitioners in the Exploitation Service, the Edge of Care "
            "team and the Targeted Youth Service use Cognitive Behavioural Therapy (CBT) tools "
            "and techniques. See the Your Choice workbook and information sheet.</p>"
        ),
    },
    {
        "slug": "reducing-parental-conflict-and-repair",
        "title": "Reducing Parental Conflict and the REPAIR package",
        "summary": (
            "A range of help for parents in conflict, from online courses and mediation to "
            "REPAIR domestic abuse interventions."
        ),
        "who_for": (
            "Parents and carers whose conflict, from unresolved arguments to domestic abuse, "
            "is affecting their children."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["early-help", "childrens-social-care", "family-hubs"],
        "delivery": ["in-person", "online", "group", "one-to-one"],
        "how_to_refer": (
            "<p>Talk to the Reducing Parental Conflict outreach worker or the Positive Change "
            "Service. Referral routes for each REPAIR intervention are in the REPAIR package "
            "document.</p>"
        ),
        "eligibility": "Depends on the programme; see each one.",
        "contacts": ["reducing-parental-conflict", "positive-change-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Children are harmed by conflict between their parents that goes on or is never "
            "resolved. The offer spans the whole range, from everyday conflict to domestic "
            "abuse:</p>"
            "<ul><li>One Plus One online courses: Me, You and Baby Too; Arguing Better; "
            "Getting it Right for Children;</li>"
            "<li>the One Plus One practitioner guide and free learning;</li>"
            "<li>mediation for parents in conflict;</li>"
            "<li>Triple P Family Transitions;</li>"
            "<li>the Early REPAIR programme for fathers;</li>"
            "<li>the Positive Change Service for mothers, fathers and children.</li></ul>"
        ),
    },
    {
        "slug": "one-plus-one-me-you-and-baby-too",
        "title": "Me, You and Baby Too (One Plus One)",
        "summary": ("An online course on how a new baby changes a couple's relationship."),
        "who_for": "New parents and parents-to-be.",
        "age_min": 0,
        "age_max": 2,
        "service_areas": ["early-help", "family-hubs"],
        "delivery": ["online"],
        "how_to_refer": (
            "<p>Parents can sign up themselves, or work through it with a practitioner. Ask "
            "the Reducing Parental Conflict outreach worker for the link.</p>"
        ),
        "eligibility": "Expecting a baby or recently become parents.",
        "contacts": ["reducing-parental-conflict"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Part of the Reducing Parental Conflict offer from One Plus One. Self-guided or "
            "supported by a practitioner.</p>"
        ),
    },
    {
        "slug": "one-plus-one-arguing-better",
        "title": "Arguing Better (One Plus One)",
        "summary": "An online course that helps couples and family members disagree better.",
        "who_for": "Couples who are together, and members of the wider family.",
        "age_min": None,
        "age_max": None,
        "service_areas": ["early-help", "family-hubs"],
        "delivery": ["online"],
        "how_to_refer": (
            "<p>Self-guided, or supported by a practitioner. Ask the Reducing Parental "
            "Conflict outreach worker for the link.</p>"
        ),
        "eligibility": "Open to anyone.",
        "contacts": ["reducing-parental-conflict"],
        "standards": ["collaborate-for-change"],
        "body": ("<p>Part of the Reducing Parental Conflict offer from One Plus One.</p>"),
    },
    {
        "slug": "one-plus-one-getting-it-right-for-children",
        "title": "Getting it Right for Children (One Plus One)",
        "summary": "An online course for separated parents on co-parenting without conflict.",
        "who_for": "Parents who have separated.",
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["early-help", "family-hubs"],
        "delivery": ["online"],
        "how_to_refer": (
            "<p>Self-guided, or supported by a practitioner. Ask the Reducing Parental "
            "Conflict outreach worker for the link.</p>"
        ),
        "eligibility": "Separated parents.",
        "contacts": ["reducing-parental-conflict"],
        "standards": ["collaborate-for-change"],
        "body": ("<p>Part of the Reducing Parental Conflict offer from One Plus One.</p>"),
    },
    {
        "slug": "mediation-for-parents",
        "title": "Mediation for parents in conflict",
        "summary": (
            "A trained, independent mediator helps two parties reach their own agreements."
        ),
        "who_for": "Any two parties, usually parents, who need help resolving disagreements.",
        "age_min": None,
        "age_max": None,
        "service_areas": ["early-help", "family-hubs"],
        "delivery": ["in-person"],
        "how_to_refer": (
            "<p>Contact the Reducing Parental Conflict outreach worker. See Mediation for "
            "parents in conflict for details.</p>"
        ),
        "eligibility": "Both parties must agree to take part.",
        "contacts": ["reducing-parental-conflict"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>The mediator is neutral and does not decide anything. They help parents find "
            "better ways to settle their differences and make their own arrangements.</p>"
        ),
    },
    {
        "slug": "triple-p-family-transitions",
        "title": "Triple P Family Transitions",
        "summary": (
            "A parenting programme for parents and carers going through separation or divorce."
        ),
        "who_for": (
            "Parents and carers of children of any age who are separating or have separated."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["early-help", "family-hubs"],
        "delivery": ["in-person", "group"],
        "how_to_refer": "<p>Contact the Reducing Parental Conflict outreach worker.</p>",
        "eligibility": "Experiencing or has experienced separation or divorce.",
        "contacts": ["reducing-parental-conflict"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Helps parents manage their own stress and conflict after separation and keep "
            "parenting their children well.</p>"
        ),
    },
    {
        "slug": "early-repair-programme",
        "title": "Early REPAIR programme",
        "summary": (
            "Two one-day sessions a month apart, plus one-to-one support, for fathers whose "
            "behaviour is affecting their family."
        ),
        "who_for": (
            "Fathers whose behaviour is having an impact on their family, following a risk "
            "assessment."
        ),
        "age_min": None,
        "age_max": None,
        "service_areas": ["early-help", "childrens-social-care"],
        "delivery": ["in-person", "group", "one-to-one"],
        "how_to_refer": (
            "<p>Contact the Positive Change Service. A risk assessment is completed first.</p>"
        ),
        "eligibility": "Suitable following a risk assessment.",
        "contacts": ["positive-change-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>Part of the REPAIR package, at the early end of the range between parental "
            "conflict and domestic abuse.</p>"
        ),
    },
    {
        "slug": "positive-change-service",
        "title": "Positive Change Service",
        "summary": (
            "Domestic abuse interventions for fathers, mothers and children, online and in "
            "person, in groups and individually."
        ),
        "who_for": "Fathers, mothers and children affected by domestic abuse.",
        "age_min": None,
        "age_max": None,
        "service_areas": ["early-help", "childrens-social-care", "family-hubs"],
        "delivery": ["in-person", "online", "group", "one-to-one"],
        "how_to_refer": (
            "<p>Contact the Positive Change Service manager. REPAIR advocates also offer "
            "domestic abuse practice consultations.</p>"
        ),
        "eligibility": "Families where domestic abuse is a concern.",
        "contacts": ["positive-change-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>The specialist end of the REPAIR package. Sessions also run through the "
            "Children and Family Centres.</p>"
        ),
    },
    {
        "slug": "video-interaction-guidance",
        "title": "Video Interaction Guidance (VIG)",
        "summary": (
            "A strengths-based therapy in which parents watch short clips of their own good "
            "moments with their child and build on them."
        ),
        "who_for": (
            "Parents, carers and others close to a child, where the relationship or the "
            "adult's understanding of the child's needs could be stronger."
        ),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["childrens-social-care", "family-hubs", "health"],
        "delivery": ["in-person", "home-visits", "one-to-one"],
        "how_to_refer": (
            "<p>Contact the VIG coordinator for a first conversation about whether VIG can be "
            "offered.</p>"
        ),
        "eligibility": "Depends on a trained guider being available.",
        "contacts": ["video-interaction-guidance"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>A trained guider films the adult and child together, then reviews short clips "
            "with the adult, noticing what is working in their communication and how to do "
            "more of it. VIG appears in several NICE guidelines, including on secure "
            "attachment and on communication for children with autism.</p>"
            "<p>A small number of staff are trained or training, in CAMHS in Social Care, the "
            "Children and Family Centres and Eva Armsby Family Centre. Videos of parents "
            "talking about VIG are on the "
            '<a href="https://www.videointeractionguidance.net">Video Interaction Guidance '
            "website</a>.</p>"
        ),
    },
    {
        "slug": "exploitation-service",
        "title": "Exploitation Service",
        "summary": (
            "Training, consultation and advice that help colleagues work with children at risk "
            "of harm outside the home."
        ),
        "who_for": (
            "Practitioners in the division and partner agencies supporting children at risk "
            "of exploitation and harm outside the home."
        ),
        "age_min": None,
        "age_max": None,
        "service_areas": ALL_SUPPORTING_FAMILIES,
        "delivery": ["in-person", "online", "one-to-one", "group"],
        "how_to_refer": (
            "<p>Email the Exploitation Service. Practice consultations on harm outside the "
            "home run on the Tuesday afternoon before Learning Wednesdays.</p>"
        ),
        "eligibility": "Any practitioner working with a child at risk of harm outside the home.",
        "contacts": ["exploitation-service"],
        "standards": ["collaborate-for-change"],
        "body": (
            "<p>The Exploitation Service builds skills across the division and beyond so "
            "that everyone can respond well to harm outside the home (HOTH). Its Your Choice "
            "practitioners also work directly with young people.</p>"
        ),
    },
]

# ---------------------------------------------------------------------------------------
# Practice consultations (shown as a table).
# ---------------------------------------------------------------------------------------

TUESDAY_BEFORE_LW = "Tuesday afternoon before each Learning Wednesday"

CONSULTATIONS = [
    {
        "title": "REPAIR and domestic abuse",
        "what": "Thinking through work with a family where there is domestic abuse (DVA).",
        "who": "REPAIR advocates",
        "when": "As and when needed",
        "how_to_book": "Email the Positive Change Service.",
        "contact": "positive-change-service",
    },
    {
        "title": "Harm outside the home",
        "what": "Exploitation, serious youth violence and other harm outside the home (HOTH).",
        "who": "The Exploitation Service",
        "when": TUESDAY_BEFORE_LW,
        "how_to_book": "Email the Exploitation Service.",
        "contact": "exploitation-service",
    },
    {
        "title": "Neglect",
        "what": "Assessing and evidencing neglect and using the neglect toolkit.",
        "who": "The Neglect Working Group",
        "when": TUESDAY_BEFORE_LW,
        "how_to_book": "Email the Neglect Working Group.",
        "contact": "neglect-working-group",
    },
    {
        "title": "Direct work with children",
        "what": "Planning purposeful direct work and choosing resources for a particular child.",
        "who": "The Direct Work with Children working group",
        "when": TUESDAY_BEFORE_LW,
        "how_to_book": "Email the Direct Work with Children working group.",
        "contact": "direct-work-group",
    },
    {
        "title": "Child sexual abuse",
        "what": "Responding to suspected or disclosed child sexual abuse (CSA).",
        "who": "A pool of trained practitioners",
        "when": "As and when needed",
        "how_to_book": "Email the CSA consultations mailbox.",
        "contact": "child-sexual-abuse-consultations",
    },
    {
        "title": "Court work",
        "what": "Preparing for care proceedings, statements and giving evidence.",
        "who": "An experienced court work practitioner",
        "when": "Every Wednesday, 10am to 11.30am",
        "how_to_book": "Email the court work mailbox.",
        "contact": "court-work-consultations",
    },
    {
        "title": "Language",
        "what": "How to talk and write about children and families clearly and without judgement.",
        "who": "The Language Working Group",
        "when": "As and when needed",
        "how_to_book": "Email the Better Together Lead.",
        "contact": "better-together-lead",
    },
    {
        "title": "Working through conflict or difficulties in working relationships",
        "what": "Repairing a strained working relationship, restoratively.",
        "who": "A pool of trained restorative facilitators",
        "when": "As and when needed",
        "how_to_book": "Email the Better Together Lead.",
        "contact": "better-together-lead",
    },
    {
        "title": "Child and adolescent mental health",
        "what": "Emotional wellbeing and mental health of a child with a social care plan.",
        "who": "CAMHS in Social Care (CiSC)",
        "when": "Requests triaged every Monday morning; invitation sent by calendar",
        "how_to_book": "Email the CiSC referrals mailbox.",
        "contact": "camhs-in-social-care",
    },
]

# ---------------------------------------------------------------------------------------
# Participation groups.
# ---------------------------------------------------------------------------------------

PARTICIPATION_GROUPS = [
    {
        "name": "Junior CLICC (Children Living In Care Council)",
        "who_for": (
            "Children in care aged 8 to 12. Activities, new friendships and a say in how "
            "services for children in care are run."
        ),
        "age_min": 8,
        "age_max": 12,
        "meets": "Regular group sessions run by the Youth Participation Service; now recruiting",
        "contact": "youth-participation",
    },
    {
        "name": "Teen CLICC (Children Living In Care Council)",
        "who_for": (
            "Young people in care aged 13 to 17, who build confidence, meet others and give "
            "feedback that helps improve services."
        ),
        "age_min": 13,
        "age_max": 17,
        "meets": "Regular group sessions run by the Youth Participation Service; now recruiting",
        "contact": "youth-participation",
    },
    {
        "name": "CLICC Plus",
        "who_for": (
            "Care experienced young adults aged 18 to 24. Alongside time to connect, partners "
            "offer tutoring, ESOL classes, careers support through WorkPath, housing and "
            "health advice, and a running club."
        ),
        "age_min": 18,
        "age_max": 24,
        "meets": "At Kitcat Terrace; drop-in and structured sessions; now recruiting",
        "contact": "youth-participation",
    },
    {
        "name": "Parents Forum",
        "who_for": (
            "Any local parent or carer of a child aged 0 to 19 (25 with SEND) who wants a say "
            "in how Family Hubs and Children and Family Centres are run. It aims to let parents "
            "influence services, take on leadership roles and improve support for families."
        ),
        "age_min": None,
        "age_max": None,
        "meets": "Regularly; contact the forum for the next date",
        "contact": "parents-forum",
    },
    {
        "name": "Family Group Experts",
        "who_for": (
            "Parents whose children have been on a Child in Need or Child Protection plan. "
            "Started as peer support, the group now joins working groups and comments on "
            "guidance."
        ),
        "age_min": None,
        "age_max": None,
        "meets": "Monthly",
        "contact": "family-group-experts",
    },
    {
        "name": "Youth Justice Participation Forum",
        "who_for": (
            "Anyone supported by the Youth Justice Service (YJS) who wants to give their views "
            "and shape the service in an informal setting; also organises day trips and "
            "residentials."
        ),
        "age_min": 10,
        "age_max": 17,
        "meets": "Twice a month",
        "contact": "yjs-participation",
    },
]

# ---------------------------------------------------------------------------------------
# Community organisations (Open Referral UK style). Websites are placeholders unless the
# source gave the organisation's public site.
# ---------------------------------------------------------------------------------------

ORGANISATIONS = [
    {
        "name": "Coram Voice",
        "description": (
            "National charity offering independent advocacy to children in care and care "
            "experienced young adults, so their views are heard in decisions about them."
        ),
        "website": "https://coramvoice.org.uk/",
        "email": "help@coramvoice.org.uk",
        "phone": "0808 800 5792",
        "address": "Coram Campus, 41 Brunswick Square, London",
        "postcode": "WC1N 1AZ",
        "latitude": 51.5246,
        "longitude": -0.1223,
        "areas_served": [{"name": "England"}],
        "categories": ["advocacy", "children in care", "care leavers"],
        "age_min": 0,
        "age_max": 25,
        "eligibility": "Children in care and care experienced young people.",
        "languages": ["en"],
        "status": "active",
    },
    {
        "name": "Stepney City Farm",
        "description": (
            "Community farm with animals, growing spaces and volunteering. A Youth Justice "
            "reparation partner."
        ),
        "website": "https://www.example.org/stepney-city-farm",
        "email": "stepney-city-farm@example.org",
        "phone": "020 7946 0101",
        "address": "Stepney Way, London",
        "postcode": "E1 3DG",
        "latitude": 51.5183,
        "longitude": -0.0463,
        "categories": ["volunteering", "outdoor activities", "animal care", "reparation"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Open to all; youth volunteering by arrangement.",
        "languages": ["en", "bn"],
        "status": "active",
    },
    {
        "name": "Urban Adventure project",
        "description": (
            "Outdoor adventure project where young people on reparation orders help with "
            "maintenance, learn bike mechanics and help set up activities."
        ),
        "website": "https://www.example.org/urban-adventure",
        "email": "urban-adventure@example.org",
        "phone": "020 7946 0102",
        "address": "Mile End Park, London",
        "postcode": "",
        "categories": ["outdoor activities", "youth", "reparation"],
        "age_min": 8,
        "age_max": 25,
        "eligibility": "Young people; some sessions by referral.",
        "languages": ["en"],
        "status": "active",
    },
    {
        "name": "Mile End Community Garden",
        "description": (
            "Volunteer-run community garden where residents grow food together; a reparation "
            "partner for the Youth Justice Service."
        ),
        "website": "https://www.example.org/mile-end-community-garden",
        "email": "mile-end-garden@example.org",
        "phone": "",
        "address": "Mile End, London",
        "postcode": "",
        "categories": ["volunteering", "gardening", "reparation"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Open to all residents.",
        "languages": ["en", "bn"],
        "status": "active",
    },
    {
        "name": "The Felix Project",
        "description": (
            "London food charity that collects surplus food and delivers it to charities and "
            "schools; children on reparation help prepare and deliver food."
        ),
        "website": "https://www.example.org/felix-project",
        "email": "felix-project@example.org",
        "phone": "",
        "address": "",
        "postcode": "",
        "categories": ["food", "volunteering", "reparation"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Food support through partner organisations; volunteering by arrangement.",
        "languages": ["en"],
        "status": "active",
    },
    {
        "name": "One Plus One",
        "description": (
            "Relationship charity behind the free online courses Me, You and Baby Too, "
            "Arguing Better and Getting it Right for Children."
        ),
        "website": "https://www.example.org/one-plus-one",
        "email": "one-plus-one@example.org",
        "phone": "",
        "address": "Online",
        "postcode": "",
        "categories": ["parenting", "relationships", "parental conflict"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Free for parents and practitioners.",
        "languages": ["en"],
        "status": "active",
    },
    {
        "name": "Video Interaction Guidance UK",
        "description": (
            "Professional association for Video Interaction Guidance (VIG), with information "
            "for families and training for guiders."
        ),
        "website": "https://www.videointeractionguidance.net/",
        "email": "vig-uk@example.org",
        "phone": "",
        "address": "Online",
        "postcode": "",
        "categories": ["parenting", "therapy", "training"],
        "age_min": 0,
        "age_max": 17,
        "eligibility": "Information open to all; VIG offered through trained local guiders.",
        "languages": ["en"],
        "status": "active",
    },
    {
        "name": "Eva Armsby Family Centre",
        "description": (
            "Tower Hamlets family centre; some of its staff are trained in Video Interaction "
            "Guidance (VIG)."
        ),
        "website": "https://www.example.org/eva-armsby-family-centre",
        "email": "eva-armsby@example.org",
        "phone": "020 7946 0103",
        "address": "Tower Hamlets",
        "postcode": "",
        "categories": ["family support", "parenting", "contact"],
        "age_min": 0,
        "age_max": 17,
        "eligibility": "Families referred by Children's Social Care.",
        "languages": ["en", "bn", "so"],
        "status": "active",
    },
    {
        "name": "Tower Hamlets WorkPath",
        "description": (
            "The council's employment and skills service: job search, training and careers "
            "advice, with sessions at Children and Family Centres and for CLICC Plus."
        ),
        "website": "https://www.example.org/workpath",
        "email": "workpath@example.org",
        "phone": "020 7946 0104",
        "address": "Tower Hamlets Town Hall, 160 Whitechapel Road, London",
        "postcode": "E1 1BJ",
        "latitude": 51.5193,
        "longitude": -0.0586,
        "categories": ["employment", "adult learning", "care leavers"],
        "age_min": 16,
        "age_max": None,
        "eligibility": "Tower Hamlets residents aged 16 and over.",
        "languages": ["en", "bn", "so"],
        "status": "active",
    },
    {
        "name": "Tower Hamlets Local Offer",
        "description": (
            "Directory of services, activities and advice for children and young people with "
            "special educational needs and disabilities (SEND) and their families."
        ),
        "website": "https://www.example.org/local-offer",
        "email": "local-offer@example.org",
        "phone": "",
        "address": "Online",
        "postcode": "",
        "categories": ["send", "information", "activities"],
        "age_min": 0,
        "age_max": 25,
        "eligibility": "Families of children and young people with SEND.",
        "languages": ["en", "bn"],
        "status": "active",
    },
    {
        "name": "Parents' coffee morning (fictional demo entry)",
        "description": (
            "A made-up listing that shows how a temporarily closed organisation appears in the "
            "directory: community coffee mornings paused while the group finds a new venue."
        ),
        "website": "https://www.example.org/parents-peer-circle",
        "email": "parents-peer-circle@example.org",
        "phone": "",
        "address": "Tower Hamlets",
        "postcode": "",
        "categories": ["parenting", "peer support", "newly arrived families"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Parents and carers; children welcome.",
        "languages": ["bn", "so", "en"],
        "status": "temporarily-closed",
    },
]
