"""Telford & Wrekin Children's Services: the 2022 practice framework.

Written for this project from Telford & Wrekin's published framework: its commitments,
priorities, practice approaches, values and practice standards, and the checklists in its
appendix for recording, assessments, plans and management oversight. The ten practice
standards are grouped into six standard pages. Mailboxes are role addresses on example.org;
phone numbers are from Ofcom's range reserved for fiction (020 7946 0000 to 0999).

The framework names no community organisations, so the directory's entries are invented for
the demo and say so in their names: a council's own directory replaces them.
"""

SITE = "telford-practice-framework"

CONTACTS = [
    {
        "key": "telford-principal-social-worker",
        "name": "Telford & Wrekin Principal Social Worker",
        "role": "Questions about the practice framework, standards and checklists",
        "email": "telford-principal-social-worker@example.org",
        "phone": "020 7946 0300",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-family-safeguarding",
        "name": "Telford & Wrekin Family Safeguarding teams",
        "role": "Multi-disciplinary teams for children in need or at risk through abuse or neglect",
        "email": "telford-family-safeguarding@example.org",
        "phone": "020 7946 0301",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-systemic-practice",
        "name": "Telford & Wrekin Systemic Practice team",
        "role": "Systemic psychotherapy, consultations, reflective PODs and wellbeing support",
        "email": "telford-systemic-practice@example.org",
        "phone": "020 7946 0302",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-fostering",
        "name": "Telford & Wrekin Fostering Service",
        "role": "Foster carer recruitment and support, Mockingbird and DDP training",
        "email": "telford-fostering@example.org",
        "phone": "020 7946 0303",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-workforce-development",
        "name": "Telford & Wrekin Workforce Development team",
        "role": "Training, motivational interviewing courses and the learning offer",
        "email": "telford-workforce-development@example.org",
        "phone": "020 7946 0304",
        "hours": "Monday to Friday, 9am to 5pm",
        "answers_search_questions": True,
    },
    {
        "key": "telford-quality-assurance",
        "name": "Telford & Wrekin Quality Assurance team",
        "role": "Audits, the Quality Assurance Group and learning from feedback",
        "email": "telford-quality-assurance@example.org",
        "phone": "020 7946 0305",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    # The doors staff ask for by their shorthand every day (MASH, LADO, EHA and TAF, CIN, CP).
    {
        "key": "telford-mash",
        "name": "Telford & Wrekin Multi-Agency Safeguarding Hub (MASH)",
        "role": (
            "The front door to children's social care: safeguarding referrals, and advice when "
            "you are worried a child is being abused or neglected, including when to ask a "
            "family's consent"
        ),
        "email": "telford-mash@example.org",
        "phone": "020 7946 0310",
        "hours": "Monday to Friday, 9am to 5pm; at other times the Emergency Duty Team",
    },
    {
        "key": "telford-lado",
        "name": "Telford & Wrekin Local Authority Designated Officer (LADO)",
        "role": "Allegations against staff, carers and volunteers who work with children",
        "email": "telford-lado@example.org",
        "phone": "020 7946 0311",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-early-help",
        "name": "Telford & Wrekin Early Help",
        "role": (
            "Early Help Assessments (EHA), Team Around the Family (TAF) meetings and help for "
            "families before problems grow"
        ),
        "email": "telford-early-help@example.org",
        "phone": "020 7946 0312",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-child-in-need",
        "name": "Telford & Wrekin Child in Need (CIN) work",
        "role": (
            "Children in need under section 17 of the Children Act 1989 are held by the Family "
            "Safeguarding teams: assessments, CIN plans and CIN meetings"
        ),
        "email": "telford-child-in-need@example.org",
        "phone": "020 7946 0301",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-child-protection",
        "name": "Telford & Wrekin Child Protection (CP) conferences",
        "role": (
            "Child protection conferences and child protection plans: booking a conference and "
            "its independent chair"
        ),
        "email": "telford-child-protection@example.org",
        "phone": "020 7946 0313",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "telford-youth-justice",
        "name": "Telford & Wrekin Youth Justice Service (YJS)",
        "role": "Work with children who offend (formerly the Youth Offending Team)",
        "email": "telford-youth-justice@example.org",
        "phone": "020 7946 0314",
        "hours": "Monday to Friday, 9am to 5pm",
    },
]

FRAMEWORK = {
    "slug": "the-framework",
    "title": "Our Practice Framework",
    "summary": (
        "Telford & Wrekin Children's Services' shared values, commitments and practice "
        "standards: child-focused, relationship-based practice built on research, evidence "
        "and professional judgement."
    ),
    "vision": (
        "<p>Being invited into a family's life, building a relationship, understanding what "
        "they are struggling with and celebrating their successes is a privilege. Listening "
        "to the children we walk alongside guides everything we do. Every child and family "
        "is different, and this framework helps confident practitioners work collaboratively "
        "with them, in language that shows care.</p>"
        "<p>A practice framework is a widely owned set of values and theory that everyone in "
        "the organisation, and our partners, understand and use, and that leaders champion. "
        "Our starting point is that, wherever it is safe, children should grow up with their "
        "birth family or within their wider network. Where it is not, we keep their "
        "important relationships going, include parents and relatives in decisions, and "
        "provide nurturing alternative care."
        "</p>"
        "<p><strong>Our commitments.</strong> We are committed to:</p>"
        "<ul><li>keeping children safe from harm;</li>"
        "<li>putting the child's best interests first and understanding their lived "
        "experience;</li>"
        "<li>working with parents and harnessing their motivation to make the changes their "
        "family needs;</li>"
        "<li>keeping children within their family network unless that cannot be done "
        "safely;</li>"
        "<li>making sure children who cannot stay with family are well cared for in safe, "
        "stable homes;</li>"
        "<li>reaching the right permanence plan for each child as quickly as possible;</li>"
        "<li>strengths-based, relationship-led work with families and partners;</li>"
        "<li>helping our workforce develop and giving them a voice that influences change;"
        "</li>"
        "<li>being the best corporate parents we can, across the whole organisation;</li>"
        "<li>listening to children and families so we can improve;</li>"
        "<li>records that tell a child's journey with us and explain why decisions were "
        "made;</li>"
        "<li>recruiting and supporting skilled foster carers;</li>"
        "<li>helping care experienced young people reach their potential and know we are "
        "there when they need us.</li></ul>"
        "<p><strong>Our priorities from 2022.</strong> Every child safe and feeling they "
        "belong at home and in education; good education for all; the best start in life and "
        "early help; a system-wide approach with partners; a skilled, professionally curious "
        "workforce; activities that improve everyone's wellbeing; and preparing young people "
        "for a successful adult life.</p>"
        "<p><strong>Practice on a page.</strong> The child at the centre, surrounded by "
        "relational, trauma informed practice; supervision; multi-disciplinary teams; "
        "motivational interviewing; a whole-family focus; a strengths-based framework; "
        "skilled direct work; and systemic approaches.</p>"
    ),
    "shared_behaviours": [
        {
            "title": "Make a difference",
            "description": "Contribute positively to children's lives.",
        },
        {
            "title": "Foster relational principles",
            "description": "Show empathy and compassion in every relationship.",
        },
        {
            "title": "Collaborate",
            "description": "Work together with children, young people, families and partners.",
        },
        {
            "title": "Provide an ethical service",
            "description": "Promote the rights of children, young people and their carers.",
        },
    ],
}

HOME = {
    "intro": (
        "<p>Telford & Wrekin's practice framework sets out what we value, what we commit to "
        "and the standards every child and family can expect. Use the checklists to check "
        "your recording, assessments and plans, and managers' oversight.</p>"
    ),
    "quick_links": [
        "the-framework",
        "checklist-recording",
        "checklist-assessments",
        "checklist-plans",
        "checklist-management-oversight",
        "family-safeguarding",
        "systemic-practice",
    ],
}

STANDARDS = [
    {
        "slug": "positive-relationships",
        "title": "Positive relationships and purposeful visits",
        "summary": (
            "We build positive relationships with families and see every child regularly, "
            "with a clear purpose to each visit."
        ),
        "we_will": [
            "Build positive relationships with children, young people and families.",
            "See every child and young person we work with regularly, with a clear purpose "
            "for each visit.",
            "Understand each child's lived experience and put their best interests first.",
        ],
        "approach": [
            "Relationship-based practice: empathy, positive regard and respect, using our "
            "authority supportively to help families change their circumstances, and the same "
            "principles with other professionals.",
            "Systemic practice: curiosity, respectful listening, modelling and mirroring, from "
            "a position of neutrality, to understand the relational patterns in and around the "
            "family.",
            "A trauma informed approach that helps families understand their own history and "
            "context.",
            "Motivational interviewing to strengthen parents' own motivation to change.",
        ],
        "outcomes": [
            "Children and young people feel known, safe and listened to.",
            "Families feel accepted and respected, and are motivated to change.",
            "Visits are purposeful and recorded so the child's journey is clear.",
        ],
        "tools": [
            "systemic-practice",
            "motivational-interviewing",
            "checklist-recording",
        ],
        "resources": ["systemic-reflective-pods", "wellbeing-support"],
    },
    {
        "slug": "culturally-competent-practice",
        "title": "Culturally competent practice",
        "summary": (
            "We provide culturally competent practice throughout assessment, planning and support."
        ),
        "we_will": [
            "Provide culturally competent practice in every assessment, plan and piece of support.",
            "Actively promote inclusion and anti-oppressive practice, and reduce exclusion and "
            "discrimination.",
        ],
        "approach": [
            "We seek to understand how each family's culture, ethnicity and beliefs shape "
            "their family life and circumstances, and show this in our work.",
            "The Social GRACES, part of our systemic practice, are used in supervision and by "
            "our fostering panel.",
            "Self-reflexivity: we notice how our own beliefs, experiences and values influence "
            "our work.",
        ],
        "outcomes": [
            "Assessments and plans reflect each family's culture, ethnicity and beliefs.",
            "Families experience services that are fair and inclusive.",
        ],
        "tools": ["social-graces", "systemic-practice"],
        "resources": [
            {
                "title": "Systemic practice training",
                "description": "Training across children's services, including Social GRACES.",
            }
        ],
    },
    {
        "slug": "good-assessments",
        "title": "Good quality assessments based on evidence",
        "summary": (
            "Each child we support has a sound early help or statutory assessment that they "
            "helped to shape, and our practice rests on evidence and models."
        ),
        "we_will": [
            "Give each child and young person we work with a sound early help or statutory "
            "assessment, made with their involvement.",
            "Base our practice on evidence and recognised models.",
            "Keep records that show the child's journey and why decisions were made.",
        ],
        "approach": [
            "Supervision generates hypotheses about a family's situation and ideas for change.",
            "We use evidence-based support and interventions and let research inform assessment.",
            "We identify strengths, needs and risks, including historical concerns and their "
            "impact now.",
            "Multi-agency partners record in the Family Safeguarding workbook so the picture is "
            "shared.",
        ],
        "outcomes": [
            "Assessments are timely, updated when things change and show the child's lived "
            "experience.",
            "Analysis is clear and leads to clear decisions and recommendations.",
            "A child reading their record as an adult would understand what happened and why.",
        ],
        "tools": ["checklist-assessments", "checklist-recording", "family-safeguarding-model"],
        "resources": ["what-outstanding-looks-like"],
    },
    {
        "slug": "smart-plans",
        "title": "SMART plans that children and families help write",
        "summary": (
            "Every child has a SMART plan in plain language, and children and families "
            "contribute to it."
        ),
        "we_will": [
            "Make sure every child and young person has a plan that is SMART and written in "
            "plain language.",
            "Make sure children and families contribute to their plan of support.",
            "Work with parents to identify the changes needed in their own family.",
        ],
        "approach": [
            "Child protection and child in need plans are clear, show families their strengths "
            "and what needs to develop, and give timescales.",
            "Families' strengths are reflected in plans, built on, and their progress is "
            "evidenced and celebrated.",
            "We value other professionals' roles and expertise: 'we are all part of the jigsaw'.",
        ],
        "outcomes": [
            "Children understand what their plan is and why.",
            "Plans progress, actions are completed and regular meetings review them.",
            "Plans improve outcomes for children.",
        ],
        "tools": ["checklist-plans", "family-safeguarding-model"],
        "resources": ["motivational-interviewing"],
    },
    {
        "slug": "best-corporate-parents",
        "title": "The best parents for children in care and care leavers",
        "summary": (
            "For children in our care and care leavers we want to be as good a parent as any, "
            "offering the service we would want for our own children."
        ),
        "we_will": [
            "Be the best parent we can for our care experienced young people.",
            "Offer every child the kind of service we would want for a child of our own.",
            "Keep children in their family network unless that cannot be done safely, and "
            "reach the right permanence plan without delay.",
            "Recruit and support foster carers with the skills to care for our children.",
        ],
        "approach": [
            "Dyadic Developmental Practice (DDP) in our fostering service, built on PACE: "
            "playfulness, acceptance, curiosity and empathy.",
            "The Mockingbird programme builds an extended-family community around foster families.",
            "Where children cannot live at home we keep their relationships going and include "
            "their family in decisions.",
        ],
        "outcomes": [
            "Children in care live in safe, stable and nurturing homes.",
            "Care experienced young people feel we are there for them and reach their potential.",
            "Foster carers feel supported and skilled.",
        ],
        "tools": ["ddp", "mockingbird-programme"],
        "resources": [
            {
                "title": "Corporate parenting across the council",
                "description": (
                    "Every part of the organisation shares responsibility as corporate parent."
                ),
            }
        ],
    },
    {
        "slug": "quality-assurance",
        "title": "Effective quality assurance and high support, high challenge",
        "summary": (
            "We quality assure our practice and close the loop on learning, with high support "
            "and high challenge for staff."
        ),
        "we_will": [
            "Provide effective quality assurance of practice.",
            "Listen to children and families and use what they say to improve our services.",
            "Support our workforce to develop, and give staff a voice that influences change.",
        ],
        "approach": [
            "The Quality Assurance Group, chaired by the Director, looks at quality through "
            "audits, complaints and consultation, and 'closes the loop' where action is needed.",
            "The Improvement and Transformation group (formerly the Ofsted Planning Group) "
            "focuses on ongoing improvement with service delivery managers.",
            "Performance meetings feed a Performance Board chaired by the Executive Director, "
            "with the Chief Executive attending quarterly.",
            "Training from our own staff and from trainers with lived and learnt experience "
            "responds to audit findings, safeguarding practice reviews, complaints and "
            "compliments.",
            "Policies, procedures, practice guidance, legislation and regulations keep practice "
            "consistent.",
        ],
        "outcomes": [
            "Leaders have a clear line of sight on practice.",
            "Learning from audit, reviews and feedback changes practice.",
            "Staff feel supported and challenged to make the right decisions.",
        ],
        "tools": ["checklist-management-oversight", "high-support-high-challenge"],
        "resources": ["what-outstanding-looks-like", "wellbeing-support"],
    },
]

RESOURCES = [
    {
        "slug": "checklist-recording",
        "title": "Checklist for recording",
        "summary": (
            "Questions to ask of any child's record: is their journey, voice and the reason "
            "for decisions clear?"
        ),
        "body": (
            "<ul><li>Can you see the child's journey and lived experience, and does it match "
            "their circumstances now?</li>"
            "<li>Where a child cannot tell us in words, because of age or stage, do "
            "observations, interactions and direct work show their wishes and feelings?</li>"
            "<li>Are the child's voice, wishes and feelings visible, with evidence of direct "
            "work and of their views in decisions?</li>"
            "<li>What would the child and parents think of how they are written about? Writing "
            "to the child is a good way to explain their journey.</li>"
            "<li>If the child reads their file as an adult, will they understand what happened "
            "and why?</li>"
            "<li>Is there a genogram that shows relationships and networks?</li>"
            "<li>Is there a clear, concise, up-to-date case summary?</li>"
            "<li>Is there a good, concise chronology of key events, decisions and their impact "
            "on the child?</li>"
            "<li>Is the reason for each decision clear?</li>"
            "<li>Can you see management oversight, and the oversight of the IRO or child "
            "protection chair?</li>"
            "<li>Is there evidence that our involvement is making the child safer and "
            "improving their outcomes?</li></ul>"
        ),
        "standards": ["positive-relationships", "good-assessments", "quality-assurance"],
        "kind": "template",
    },
    {
        "slug": "checklist-assessments",
        "title": "Checklist for good assessments",
        "summary": "Questions that test whether an assessment is timely, involving and analytical.",
        "body": (
            "<ul><li>Was it updated when circumstances changed, and completed on time?</li>"
            "<li>Is the reason for the assessment clear?</li>"
            "<li>Does it include relevant history and its impact now?</li>"
            "<li>Were other agencies consulted?</li>"
            "<li>Was the child seen and were their views sought? Does it show their lived "
            "experience?</li>"
            "<li>Were parents involved, including absent parents, and others important to the "
            "child?</li>"
            "<li>Has research informed it?</li>"
            "<li>Are strengths, needs and risks all identified?</li>"
            "<li>Is the analysis clear and consistent with the information?</li>"
            "<li>Are decisions and recommendations clear, with visible management oversight?"
            "</li></ul>"
        ),
        "standards": ["good-assessments"],
        "kind": "template",
    },
    {
        "slug": "checklist-plans",
        "title": "Checklist for good plans",
        "summary": "Questions that test whether a plan is clear, SMART, shared and working.",
        "body": (
            "<ul><li>Are its purpose and aims clear, and is it up to date?</li>"
            "<li>For a child in care, is there a clear plan for permanence?</li>"
            "<li>Does it identify strengths, needs and risks?</li>"
            "<li>Does it include the child's wishes and feelings, and does the child understand "
            "the plan and the reasons for it?</li>"
            "<li>Were parents or carers involved, and is there good joint work with other "
            "agencies?</li>"
            "<li>Is it SMART, with clear actions and timescales?</li>"
            "<li>Is it progressing, and are agreed actions done?</li>"
            "<li>Do regular meetings review it?</li>"
            "<li>Is management and IRO oversight and challenge visible, with escalation when "
            "needed?</li>"
            "<li>Is it achieving its purpose of improving the child's outcomes?</li></ul>"
        ),
        "standards": ["smart-plans"],
        "kind": "template",
    },
    {
        "slug": "checklist-management-oversight",
        "title": "Checklist for management oversight and supervision",
        "summary": (
            "Questions for managers and auditors about the impact of oversight, supervision and "
            "leadership on practice."
        ),
        "body": (
            "<ul><li>Can you see the impact of senior managers' oversight?</li>"
            "<li>Do managers support practitioners and their wellbeing?</li>"
            "<li>Does the workforce development plan help staff grow?</li>"
            "<li>Do managers offer challenge and support, promote a positive culture and model "
            "good practice and behaviour?</li>"
            "<li>Do they let staff work autonomously while being available for consultation?"
            "</li>"
            "<li>Are team managers' oversight, decisions and reasons recorded, and are their "
            "decisions acted on?</li>"
            "<li>Is supervision regular, timely, challenging, supportive and reflective?</li>"
            "<li>Are actions from the last supervision completed?</li>"
            "<li>Does oversight show in better intervention and recording?</li></ul>"
        ),
        "standards": ["quality-assurance"],
        "kind": "template",
    },
    {
        "slug": "systemic-practice",
        "title": "Systemic practice",
        "summary": (
            "Understanding a family through its relationships and the wider system, and "
            "helping relationships become part of the solution."
        ),
        "body": (
            "<p>Systemic approaches look at how relationships, in the family and in the wider "
            "social system, including helping agencies, keep difficulties going. We encourage "
            "many ideas about what may be happening and work with those that fit best. "
            "Families have the capacity to change; systemic practice helps them see how "
            "patterns of belief and behaviour, sometimes across generations, have shaped their "
            "situation. It is reflexive: we also ask what part professionals are playing.</p>"
            "<p>In practice, that means relationship-based work, supervision that generates "
            "hypotheses, confidently sharing risk with families, evidence-based interventions "
            "and self-reflexivity. Practitioners become agents of change, not just assessors."
            "</p>"
            "<ul><li>direct therapeutic work with families from a systemic psychotherapist;</li>"
            "<li>a systemic practice framework and training across children's services;</li>"
            "<li>systemic reflective PODs and one-to-one consultations;</li>"
            "<li>one-to-one wellbeing support for practitioners;</li>"
            "<li>Social GRACES embedded in the fostering panel.</li></ul>"
        ),
        "standards": ["positive-relationships", "culturally-competent-practice"],
        "kind": "guide",
    },
    {
        "slug": "systemic-reflective-pods",
        "title": "Systemic reflective PODs",
        "summary": (
            "Small reflective groups for staff across children's services, using systemic "
            "ideas to think about their work."
        ),
        "body": (
            "<p>PODs meet regularly with a systemic practitioner. Staff bring work with "
            "families and use hypothesising and reflective questions to find new ways forward. "
            "One-to-one consultations on systemic practice are also available.</p>"
        ),
        "standards": ["positive-relationships"],
        "kind": "reflective-space",
    },
    {
        "slug": "wellbeing-support",
        "title": "One-to-one wellbeing support for practitioners",
        "summary": (
            "Individual support for staff whose work with trauma, abuse and neglect is taking "
            "its toll."
        ),
        "body": (
            "<p>Work with families who have experienced trauma, abuse and neglect is rewarding "
            "and hard. Practitioners can ask the Systemic Practice team for one-to-one "
            "wellbeing support.</p>"
        ),
        "standards": ["positive-relationships", "quality-assurance"],
        "kind": "wellbeing",
    },
    {
        "slug": "social-graces",
        "title": "Social GRACES",
        "summary": (
            "Aspects of identity and power, such as gender, race, religion, age, ability, "
            "class, culture and sexuality, that shape relationships."
        ),
        "body": (
            "<p>Part of our systemic practice and embedded in the fostering panel. Use the "
            "Social GRACES to think about how culture, ethnicity, beliefs and other aspects of "
            "identity affect a family, and how your own identity affects your work with them."
            "</p>"
        ),
        "standards": ["culturally-competent-practice"],
        "kind": "tool",
    },
    {
        "slug": "family-safeguarding-model",
        "title": "The Family Safeguarding model",
        "summary": (
            "A whole-system model, launched in 2021, in which social workers and adult "
            "specialists work together to help parents care safely for their children."
        ),
        "body": (
            "<p>Family Safeguarding supports children at risk or in need because of abuse or "
            "neglect. It aims to give parents the right help to care safely for their "
            "children: strengthening parenting, building resilience and tackling their own "
            "difficulties, so children can stay with their families and networks.</p>"
            "<ul><li>Multi-agency recording in a workbook programme that gives a framework for "
            "working alongside families.</li>"
            "<li>Group supervision with motivational interviewing at its heart.</li>"
            "<li>Training and learning from multi-agency colleagues.</li>"
            "<li>Clear child protection and child in need plans with strengths, areas to "
            "develop and timescales.</li></ul>"
        ),
        "standards": ["good-assessments", "smart-plans"],
        "kind": "guide",
    },
    {
        "slug": "motivational-interviewing",
        "title": "Motivational interviewing",
        "summary": (
            "The practice model behind Family Safeguarding: helping adults find their own "
            "motivation to change."
        ),
        "body": (
            "<p>Motivational interviewing helps people find their own reasons to change "
            "behaviour, with the practitioner helping lay the building blocks. It rests on "
            "curiosity, positive regard and recognising the adult's power to change. Training "
            "is offered to all staff in children's social care and partner agencies.</p>"
        ),
        "standards": ["positive-relationships", "smart-plans"],
        "kind": "guide",
    },
    {
        "slug": "ddp",
        "title": "Dyadic Developmental Practice (DDP)",
        "summary": (
            "A whole approach to parenting, caring and therapy used in fostering, built on "
            "PACE: playfulness, acceptance, curiosity and empathy."
        ),
        "body": (
            "<p>DDP helps carers and professionals understand children who have experienced "
            "trauma and work together to support them. Our fostering service uses it to "
            "strengthen relationships between children and their carers.</p>"
        ),
        "standards": ["best-corporate-parents"],
        "kind": "guide",
    },
    {
        "slug": "high-support-high-challenge",
        "title": "High support, high challenge for staff",
        "summary": (
            "How we support and challenge our workforce so decisions are the right ones for "
            "children, families and carers."
        ),
        "body": (
            "<p>Our workforce gets relevant training and space to learn from others, including "
            "people with lived and learnt experience, and the challenge that makes sure "
            "decisions are right. The training offer closes the loop on audit findings, local "
            "child safeguarding practice reviews, complaints and compliments, and keeps pace "
            "with the national context and our changing community.</p>"
        ),
        "standards": ["quality-assurance"],
        "kind": "guide",
    },
    {
        "slug": "what-outstanding-looks-like",
        "title": "What outstanding help and protection looks like",
        "summary": (
            "Themes from Ofsted's National Director for Social Care on the ingredients of "
            "outstanding help and protection, as Ofsted's Inspection of Local Authority "
            "Children's Services (ILACS) judges them."
        ),
        "body": (
            "<p>Outstanding does not mean perfect. The best local authorities still find areas "
            "to improve; what marks them out is a learning culture, swift action when problems "
            "are found, and leaders with a clear line of sight on casework. Proportionality "
            "matters: not every family needs an intensive response.</p>"
            "<p>Ingredients include strong leadership; getting basic social work right; "
            "consistent thresholds; confident, knowledgeable managers; performance management "
            "and quality assurance that lead to action; manageable caseloads and a stable "
            "workforce; a strong learning culture; good work with other agencies; early help "
            "and prevention at every level of need; a child-centred system; and a focus on "
            "lasting improvement in children's lives.</p>"
        ),
        "standards": ["good-assessments", "quality-assurance"],
        "kind": "guide",
    },
]

# The framework says its services are for families in the borough; it does not say
# what they cost, so the demo gives no cost option.
SERVICE_DEFAULTS = {
    "areas_served": [
        {"name": "Telford & Wrekin", "postcode_districts": "TF1 TF2 TF3 TF4 TF5 TF6 TF7 TF10"}
    ],
}

INTERVENTIONS = [
    {
        "slug": "family-safeguarding",
        "title": "Family Safeguarding teams",
        # The public page the Open Referral feed needs; the others are left out of it.
        "public_url": "https://www.example.org/telford/family-safeguarding",
        "summary": (
            "Social workers and adult specialists in domestic abuse, substance misuse and "
            "mental health, working together with the whole family when children are at risk "
            "through abuse or neglect."
        ),
        "who_for": ("Children in need or at risk because of abuse or neglect, and their parents."),
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["childrens-social-care", "health"],
        "delivery": ["in-person", "home-visits", "one-to-one", "group"],
        "how_to_refer": (
            "<p>Families are allocated through children's social care. Practitioners can "
            "contact the Family Safeguarding teams for advice.</p>"
        ),
        "eligibility": "Children open to children's social care for child in need or protection.",
        "contacts": ["telford-family-safeguarding"],
        "standards": ["good-assessments", "smart-plans"],
        "body": (
            "<p>Specialist adult practitioners sit in the same teams as social workers and "
            "alternatively qualified practitioners, sharing decisions and using the Family "
            "Safeguarding workbook to meet families' needs as a whole.</p>"
        ),
    },
    {
        "slug": "systemic-family-therapy",
        "title": "Systemic family therapy",
        "summary": (
            "Direct therapeutic work with families from the service's systemic psychotherapist."
        ),
        "who_for": "Families working with children's services who would benefit from therapy.",
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["childrens-social-care", "early-help"],
        "delivery": ["in-person", "one-to-one", "group"],
        "how_to_refer": "<p>Talk to the Systemic Practice team.</p>",
        "eligibility": "Open to Telford & Wrekin children's services.",
        "contacts": ["telford-systemic-practice"],
        "standards": ["positive-relationships"],
        "body": (
            "<p>Families describe the support as having helped them through hard times and "
            "brought them back together.</p>"
        ),
    },
    {
        "slug": "mockingbird-programme",
        "title": "Mockingbird programme",
        "summary": (
            "The Fostering Network's model of a supportive extended family around foster "
            "families and the children they care for."
        ),
        "who_for": "Foster carers and the children and young people they look after.",
        "age_min": 0,
        "age_max": 17,
        "service_areas": ["regulated-services"],
        "delivery": ["in-person", "group"],
        "how_to_refer": "<p>Foster carers can ask the Fostering Service.</p>",
        "eligibility": "Telford & Wrekin foster carers.",
        "contacts": ["telford-fostering"],
        "standards": ["best-corporate-parents"],
        "body": (
            "<p>An evidence-based model led by the Fostering Network. It builds relationships "
            "between children, young people and foster families so they form a resilient, "
            "caring community.</p>"
        ),
    },
]

# Invented for the demo (the framework names none): plausible local offers, marked "(demo)".
ORGANISATIONS = [
    {
        "name": "Wrekin Parents Together (demo)",
        "description": (
            "A weekly drop-in where parents and carers meet others in the same position, with "
            "a volunteer who helps them prepare for meetings about their children."
        ),
        "website": "https://www.example.org/wrekin-parents-together",
        "email": "wrekin-parents-together@example.org",
        "phone": "020 7946 0610",
        "address": "Wellington, Telford",
        "postcode": "",
        "categories": ["parenting", "peer support"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Any parent or carer in Telford & Wrekin; no referral needed.",
        "languages": ["en"],
        "status": "active",
    },
    {
        "name": "Telford Young Carers Club (demo)",
        "description": (
            "After-school sessions and holiday trips for children who look after a parent, "
            "brother or sister, with a worker who listens and helps at school."
        ),
        "website": "https://www.example.org/telford-young-carers",
        "email": "telford-young-carers@example.org",
        "phone": "020 7946 0611",
        "address": "Oakengates, Telford",
        "postcode": "",
        "categories": ["young carers", "youth"],
        "age_min": 8,
        "age_max": 17,
        "eligibility": "Young carers aged 8 to 17; families or professionals can refer.",
        "languages": ["en", "pl", "pa"],
        "status": "active",
    },
    {
        "name": "Brookside Community Food Share (demo)",
        "description": (
            "Free food, toiletries and school uniform swaps, with advice on benefits and "
            "debts on Thursday mornings."
        ),
        "website": "https://www.example.org/brookside-food-share",
        "email": "brookside-food-share@example.org",
        "phone": "020 7946 0612",
        "address": "Brookside, Telford",
        "postcode": "",
        "categories": ["food", "money advice"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Anyone living in Telford & Wrekin.",
        "languages": ["en"],
        "status": "active",
    },
]
