"""Newham Children's Services: the Circles of Support practice framework.

Written for this project from Newham's published framework: the six circles (Confidence,
Clarity, Community, Co-production, Curiosity and Compassion), the three approaches they rest
on, and the framework's practice examples, retold without the names of children, families or
staff. Mailboxes are role addresses on example.org; phone numbers are from Ofcom's range
reserved for fiction (020 7946 0000 to 0999).
"""

SITE = "circles-of-support"

CONTACTS = [
    {
        "key": "newham-social-care-academy",
        "name": "Newham Together Social Care Academy",
        "role": "Training, coaching and workforce development for social care staff",
        "email": "newham-social-care-academy@example.org",
        "phone": "020 7946 0200",
        "hours": "Monday to Friday, 9am to 5pm",
        "answers_search_questions": True,
    },
    {
        "key": "newham-principal-social-worker",
        "name": "Newham Principal Social Worker's office",
        "role": "Questions about the Circles of Support framework and practice standards",
        "email": "newham-principal-social-worker@example.org",
        "phone": "020 7946 0201",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "newham-clinical-practice",
        "name": "Newham Clinical Practice team",
        "role": "Consultations with in-house systemic therapists and reflective group sessions",
        "email": "newham-clinical-practice@example.org",
        "phone": "020 7946 0202",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "newham-caring-dads",
        "name": "Newham Caring Dads programme",
        "role": "Referrals and advice for the Caring Dads fathers' programme",
        "email": "newham-caring-dads@example.org",
        "phone": "020 7946 0203",
        "hours": "Monday to Friday, 9am to 5pm; groups also run in the evening",
    },
    {
        "key": "newham-quality-assurance",
        "name": "Newham Quality Assurance and Feedback team",
        "role": "Family feedback, audits of practice and performance data",
        "email": "newham-practice-feedback@example.org",
        "phone": "020 7946 0204",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    # The doors staff ask for by their shorthand every day (MASH, LADO, EHA and TAF, CIN, CP).
    {
        "key": "newham-mash",
        "name": "Newham Multi-Agency Safeguarding Hub (MASH)",
        "role": (
            "The front door to Children and Young People's Services: safeguarding referrals, and "
            "advice when you are worried a child is being abused or neglected, including when "
            "to ask a family's consent"
        ),
        "email": "newham-mash@example.org",
        "phone": "020 7946 0220",
        "hours": "Monday to Friday, 9am to 5pm; at other times the Emergency Duty Team",
    },
    {
        "key": "newham-lado",
        "name": "Newham Local Authority Designated Officer (LADO)",
        "role": "Allegations against staff, carers and volunteers who work with children",
        "email": "newham-lado@example.org",
        "phone": "020 7946 0221",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "newham-early-help",
        "name": "Newham Early Help",
        "role": (
            "Early Help Assessments (EHA), Team Around the Family (TAF) meetings and help for "
            "families before problems grow"
        ),
        "email": "newham-early-help@example.org",
        "phone": "020 7946 0222",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "newham-child-in-need",
        "name": "Newham Child in Need (CIN) teams",
        "role": (
            "Social work with children in need under section 17 of the Children Act 1989: "
            "assessments, CIN plans and CIN meetings"
        ),
        "email": "newham-child-in-need@example.org",
        "phone": "020 7946 0223",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "newham-child-protection",
        "name": "Newham Child Protection (CP) conferences",
        "role": (
            "Child protection conferences and child protection plans: booking a conference and "
            "its independent chair"
        ),
        "email": "newham-child-protection@example.org",
        "phone": "020 7946 0224",
        "hours": "Monday to Friday, 9am to 5pm",
    },
    {
        "key": "newham-youth-justice",
        "name": "Newham Youth Justice Service (YJS)",
        "role": "Work with children who offend (formerly the Youth Offending Team)",
        "email": "newham-youth-justice@example.org",
        "phone": "020 7946 0225",
        "hours": "Monday to Friday, 9am to 5pm",
    },
]

FRAMEWORK = {
    "slug": "the-framework",
    "title": "Newham Circles of Support",
    "summary": (
        "Newham's practice framework for children's social care: systemic, restorative and "
        "relational practice, organised around six circles of support."
    ),
    "vision": (
        "<p>Newham's ambition is that all its children and young people have the best "
        "chances in life: excellent schools, strong family support, and a social care service "
        "that keeps children safe and leaves nobody behind. Circles of Support is the practice "
        "framework behind that ambition. For every child, it aims that they:</p>"
        "<ul><li>are cared for, safe and protected from harm;</li>"
        "<li>are happy and their wellbeing improves;</li>"
        "<li>reach their full potential.</li></ul>"
        "<p>Newham is London's youngest and most diverse borough. Almost a quarter of "
        "residents, about 86,000 people, are under 18, more than 100 languages are spoken, "
        "and over half of children grow up in poverty. We stand up for children's rights, and "
        "we want children in care, care leavers and children with special educational needs "
        "and disabilities (SEND) to receive the kind of encouragement many young people get "
        "from their own families.</p>"
        "<p>Our practice is <strong>purposeful, planned and focused</strong>. It is systemic, "
        "restorative and relational, and puts children, their families and the systems around "
        "them at the centre. Practitioners are active partners in relationships of change: "
        "they have the skills, support and systems to get alongside families and make "
        "decisions with them, not about them.</p>"
        "<p>Families, children and practitioners alike need circles of support: people who "
        "enable, encourage, appreciate and challenge us to do our best.</p>"
    ),
    "shared_behaviours": [
        {
            "title": "Systemic theory and practice",
            "description": (
                "We see people within a web of relationships, and that is where we offer "
                "support, challenge and help. Systemic ideas give us several lenses on how "
                "families experience the world, including the harm done by racism, sexism, "
                "poverty and inequality, and models of change that mitigate harm and build on "
                "strengths, knowing that no one can remove all risk."
            ),
        },
        {
            "title": "Restorative values",
            "description": (
                "We work with families and their networks, trusting that most people want the "
                "best for their family and often know how to achieve it. We are a learning "
                "system: open, supportive and accountable, using good and bad feedback to "
                "improve, and avoiding blame. We approach every piece of work with positive "
                "intent and use the Social GRAACCESS to notice difference and power."
            ),
        },
        {
            "title": "Relational practice",
            "description": (
                "Everyone in the service should have relationships of high support and high "
                "challenge. We try to talk in a way that makes people want to listen, and to "
                "listen in a way that makes people want to talk; we choose our words "
                "carefully, seek feedback from each other, and treat the community as active "
                "partners whose ideas shape the service."
            ),
        },
    ],
}

HOME = {
    "intro": (
        "<p>Circles of Support is how Newham's children's social care works with children, "
        "families and each other. Choose one of the six circles to see what it asks of us, "
        "the approach behind it and an example from practice.</p>"
    ),
    "quick_links": [
        "the-framework",
        "confidence",
        "curiosity",
        "questions-that-invite-clarity",
        "caring-dads",
        "what-families-tell-us",
    ],
}

STANDARDS = [
    {
        "slug": "confidence",
        "title": "Confidence",
        "summary": (
            "Responding to risk with confidence: understanding it through relationships rather "
            "than pretending it can be removed."
        ),
        "we_will": [
            "Accept that no one can remove all risk, and get to know risk better through "
            "strong relationships, holding a position of 'safe uncertainty'.",
            "Work in partnership with families and give them every chance to use support that "
            "reduces harm, building on their strengths while facing the worries.",
            "Keep assessments proportionate, keeping children safe without responses that do "
            "more harm than good.",
            "Make plans with families and other professionals that change things for children.",
            "Ask families and professionals for feedback and use it, with data and audits, to "
            "learn what works and what we could have done differently.",
        ],
        "approach": [
            "Social workers have regular individual and group supervision, coaching, and "
            "consultation with specialist colleagues and in-house therapists, so that they keep "
            "several perspectives and possibilities in mind.",
            "Oversight systems check that risks are spotted and responded to.",
            "We aim to be a learning system: accountable, but without blame or recrimination.",
            "The Newham Together Social Care Academy develops the workforce, because confident, "
            "supported social workers are better able to support and empower families.",
        ],
        "outcomes": [
            "Risks are identified and answered proportionately, without causing extra harm.",
            "Families' existing strengths and resources are recognised and used.",
            "Social workers feel supported to make confident decisions about risk.",
            "Feedback and audit findings change how we respond to families, one by one and "
            "across the service.",
        ],
        "tools": [
            "safe-uncertainty",
            "group-supervision",
            "specialist-consultations",
            "safe-and-together",
        ],
        "resources": [
            "social-care-academy",
            "example-group-supervision",
        ],
    },
    {
        "slug": "clarity",
        "title": "Clarity",
        "summary": (
            "Purposeful, planned and focused practice, so that families and practitioners "
            "share a clear understanding of worries, strengths and the plan."
        ),
        "we_will": [
            "Prepare before every call or visit, thinking about what the family may be feeling "
            "and what they may need from us (emotional posturing and preparing).",
            "Make no assumptions about a family; listen actively and give them time to talk "
            "about what matters, so they feel heard, respected and contained.",
            "Check our understanding with families by summarising and asking open and closed "
            "clarifying questions, without judgement, and asking whether we got it right.",
            "Know our role as social workers, explain it plainly, and know what is expected of us.",
            "Write plans that say what needs to happen, when, for how long, how we will know "
            "things are better, and what happens if change does not come in the child's "
            "timeframe.",
        ],
        "approach": [
            "We use relational social work skills to join families and hear their stories, "
            "spoken and unspoken.",
            "We form hypotheses about what we see and hear and what it might mean for the "
            "family, and check them out with the family as we go.",
            "Communication is circular and created together, not a one-way line. We consider "
            "how the Social GGRRAAACCEEESSS shape a family's language and the meaning they give "
            "to words.",
            "Supervision is a creative, reflective space that keeps us focused on the child's "
            "needs and on proportionate, well-targeted help.",
            "We analyse information from many sources critically and build a shared view of "
            "worries, strengths and next steps with the family.",
        ],
        "outcomes": [
            "Families understand why we are involved, what our role is and what will happen.",
            "Families feel listened to and understood, and misunderstandings are caught early.",
            "Plans have clear, child-centred outcomes that families recognise as their own.",
            "Help stays proportionate and focused on the most important priorities.",
        ],
        "tools": [
            "questions-that-invite-clarity",
            "emotional-posturing-and-preparing",
            "hypothesising",
            "social-graces",
        ],
        "resources": [
            "group-supervision",
            "what-families-tell-us",
        ],
    },
    {
        "slug": "community",
        "title": "Community",
        "summary": (
            "Celebrating Newham's diversity and making sure every family has fair access to "
            "help that fits them."
        ),
        "we_will": [
            "Celebrate the diversity of our community and recognise and respond to difference.",
            "Understand each child's lived experience in the light of their gender, race, "
            "religion, age, ability, class, culture, ethnicity, education, sexuality and "
            "spirituality.",
            "Co-produce plans with families, their wider network and community resources, "
            "building resilience and permanence for children.",
            "Look for barriers that stop families getting support and find the most suitable "
            "local services.",
            "Make sure our services meet the community's diverse needs, so that every family "
            "has fair access to support.",
            "Work in an anti-racist and anti-oppressive way that names disproportionality and "
            "inequality and how they affect families.",
        ],
        "approach": [
            "Newham is one of the most diverse and one of the most deprived boroughs in the "
            "country: 41% of residents do not have English as a first language, and more than "
            "104 languages are spoken.",
            "Reflective practice uses the Social GRAACCEESS to see the connected parts of "
            "social context, in the child's world and the practitioner's.",
            "We offer help in families' first languages where we can, because it makes change "
            "more likely to last.",
            "We build lasting relationships and value feedback from the community.",
        ],
        "outcomes": [
            "Families get help that fits their language, culture and circumstances.",
            "Wider family and community resources are part of children's plans.",
            "Disproportionality is noticed and challenged.",
        ],
        "tools": ["social-graces", "caring-dads", "first-language-practice"],
        "resources": ["example-caring-dads-first-language"],
    },
    {
        "slug": "co-production",
        "title": "Co-production",
        "summary": (
            "Putting the lived experience of children and young people at the centre, and "
            "making plans with them that they can understand."
        ),
        "we_will": [
            "Listen to children and young people and build relationships of trust with them.",
            "Be curious about each child's perspective and think carefully about how we "
            "communicate with them and learn their wishes.",
            "Write assessments in a way the child can understand and recognise.",
            "Ask children what they would like to see in their plan, and write every plan "
            "jargon-free, with clear outcomes, so they can understand it.",
            "Judge every plan by the difference it will make to this child's lived experience.",
            "Seek feedback from children, young people and families on their reviews, plans "
            "and our practice, and let it shape the support we give.",
        ],
        "approach": [
            "Reflective discussions are framed around the child's lived experience, and "
            "interventions are evaluated through that lens.",
            "Children's and families' feedback is central to practice in Newham.",
            "Options are explored together with the young person and family, including visits "
            "to see a placement before deciding.",
        ],
        "outcomes": [
            "Children and young people recognise themselves in their assessments and plans.",
            "Children's wishes and feelings visibly shape decisions.",
            "Feedback from children and families changes the support we offer.",
        ],
        "tools": ["plans-children-understand", "what-families-tell-us"],
        "resources": ["example-co-producing-a-safety-decision"],
    },
    {
        "slug": "curiosity",
        "title": "Curiosity",
        "summary": (
            "A systemic approach to complex issues: understanding relationships and contexts "
            "instead of treating people as the problem."
        ),
        "we_will": [
            "Take a systemic approach to complex issues, seeking to understand the "
            "relationships and contexts that shape family life.",
            "Show curiosity through questions that reveal real interest in people's different "
            "experiences and positions in their families and cultures.",
            "Focus on relationships between people, so that nobody is seen as 'the problem'.",
            "Develop ways of managing risk alongside others, rather than treating escalation "
            "as the only safe response.",
            "Understand each family's unique story and involve the wider family, social and "
            "professional network in planning.",
            "Use several models of case supervision, including group supervision and reflective "
            "consultations, to test hypotheses and bring in many perspectives.",
        ],
        "approach": [
            "Language and difference shape meaning and experience; systemic tools give us lenses "
            "to make sense of how others see the world.",
            "Risk cannot be removed, only understood better through relationships, holding a "
            "position of 'safe uncertainty'.",
            "We pay attention to engagement and to each family's story or script when assessing "
            "and managing risk.",
        ],
        "outcomes": [
            "Assessments reflect each family's own story and relationships.",
            "Plans draw on wider networks that can support change.",
            "Risk is managed with others, and escalation is used when it is really needed.",
        ],
        "tools": [
            "questions-from-curiosity",
            "hypothesising",
            "safe-uncertainty",
            "group-supervision",
            "specialist-consultations",
        ],
        "resources": ["social-care-academy"],
    },
    {
        "slug": "compassion",
        "title": "Compassion",
        "summary": (
            "Engaging families with positive intent, recognising their strengths and efforts, "
            "and building plans with their wider network."
        ),
        "we_will": [
            "Approach people with positive intent and appreciate their strengths and ability "
            "to solve complex problems.",
            "Recognise the efforts and intentions of family members and work alongside them to "
            "reach their goals.",
            "Understand the barriers families face in getting support, and know their history.",
            "Co-produce goals and plans that draw on the family's strengths, include their "
            "wider network and meet their unique needs.",
            "Use supervision to notice families' strengths and progress, keep expectations "
            "realistic and make sure evaluation is fair and proportionate.",
        ],
        "approach": [
            "We take an appreciative position from the first phone call to the decision on "
            "next steps.",
            "We ask permission and invite every family member, including the wider network, to "
            "take part in assessment and safety planning.",
            "Wherever possible the support plan involves the wider family network.",
            "Supervision considers the resources of the individual, family and system, and how "
            "our engagement helps families co-produce plans with partners.",
        ],
        "outcomes": [
            "Families feel respected and that their strengths are seen.",
            "Families lead on planning where they can, with professional help added around "
            "their own plan.",
            "Expectations of families are realistic and evaluation is fair.",
        ],
        "tools": ["family-meetings", "permission-seeking"],
        "resources": ["example-family-meeting"],
    },
]

RESOURCES = [
    {
        "slug": "social-graces",
        "title": "Social GRAACCEESS",
        "summary": (
            "A reminder of the aspects of identity (gender, race, religion, age, ability, "
            "class, culture, ethnicity, education, sexuality, spirituality and more) that shape "
            "power and meaning."
        ),
        "body": (
            "<p>Newham uses the Social GRAACCEESS in supervision, assessment and everyday "
            "conversations to notice difference, the power that comes with it, and how it "
            "shapes a family's language, understanding and experience of services, and our "
            "own.</p>"
        ),
        "standards": ["clarity", "community"],
        "kind": "tool",
    },
    {
        "slug": "safe-uncertainty",
        "title": "Safe uncertainty",
        "summary": (
            "Holding risk thoughtfully: accepting it cannot be removed and understanding it "
            "through relationships."
        ),
        "body": (
            "<p>Safe uncertainty is a systemic idea. Rather than aiming for certainty, which "
            "is never possible, or reacting to every worry by escalating, practitioners stay "
            "open to several explanations, keep talking with the family and network, and agree "
            "together how risk will be managed and reviewed.</p>"
        ),
        "standards": ["confidence", "curiosity"],
        "kind": "guide",
    },
    {
        "slug": "group-supervision",
        "title": "Group supervision",
        "summary": (
            "Regular reflective group supervision where social workers bring cases, hear "
            "other perspectives and test hypotheses."
        ),
        "body": (
            "<p>Group supervision runs alongside individual supervision. It is a space to talk "
            "openly and without judgement about the work, including how a family makes you "
            "feel, and to hear other ways of seeing it.</p>"
        ),
        "standards": ["confidence", "clarity", "curiosity"],
        "kind": "reflective-space",
    },
    {
        "slug": "specialist-consultations",
        "title": "Consultations with specialists and in-house therapists",
        "summary": (
            "Reflective consultations with specialist colleagues and Newham's in-house "
            "systemic therapists to explore options for intervention."
        ),
        "body": (
            "<p>Social workers can book a consultation with specialist colleagues or the "
            "in-house therapists in the Clinical Practice team, and can also use coaching "
            "through the Social Care Academy.</p>"
        ),
        "standards": ["confidence", "curiosity"],
        "kind": "reflective-space",
    },
    {
        "slug": "safe-and-together",
        "title": "Safe and Together tools",
        "summary": (
            "Tools from the Safe and Together model for domestic abuse, used to plan safety "
            "with the non-abusive parent."
        ),
        "body": (
            "<p>The Safe and Together model keeps the child safe and together with the "
            "non-abusive parent, holds the person causing harm accountable, and builds on the "
            "protective parent's efforts. Its tools help plan safety measures and contingency "
            "plans with a survivor, for example when she takes legal action.</p>"
        ),
        "standards": ["confidence"],
        "kind": "tool",
    },
    {
        "slug": "social-care-academy",
        "title": "Newham Together Social Care Academy",
        "summary": (
            "The academy that develops Newham's social care workforce through training, "
            "coaching and a workforce strategy."
        ),
        "body": (
            "<p>The academy runs the training programme and coaching offer and publishes the "
            "workforce strategy. Its training site and the CYPS practice library are on the "
            "council's internal network. Public information for families is on "
            '<a href="https://www.newham.gov.uk/children-families">the council website</a>.'
            "</p>"
        ),
        "standards": ["confidence", "curiosity"],
        "kind": "guide",
    },
    {
        "slug": "questions-that-invite-clarity",
        "title": "Questions that invite clarity",
        "summary": "Simple questions for checking that we have understood a family correctly.",
        "body": (
            "<ul><li>Have I understood you right when you said...?</li>"
            "<li>Could you tell me a bit more about that?</li>"
            "<li>What matters to you about that?</li>"
            "<li>Did I hear correctly that...?</li>"
            "<li>When you use the word..., what do you mean by it?</li></ul>"
        ),
        "standards": ["clarity"],
        "kind": "tool",
    },
    {
        "slug": "emotional-posturing-and-preparing",
        "title": "Emotional posturing and preparing",
        "summary": (
            "Taking a moment before a call or visit to think about how the family may be "
            "feeling and what they may need from you."
        ),
        "body": (
            "<p>People who are upset find it hard to take in what is said. Before you pick up "
            "the phone or knock on the door, think about what the family may be feeling and "
            "what they might need from your time together, and plan how to introduce yourself, "
            "your role and the reason for contact.</p>"
            "<p>Families tell us that a clear, calm first call, in which the worker explains "
            "who they are and why they are calling, makes a real difference.</p>"
        ),
        "standards": ["clarity"],
        "kind": "guide",
    },
    {
        "slug": "hypothesising",
        "title": "Hypothesising",
        "summary": (
            "Forming and testing several ideas about what may be going on for a family, and "
            "sharing them with the family."
        ),
        "body": (
            "<p>A hypothesis is a working idea, not a conclusion. Form more than one, test "
            "them in reflective discussion and supervision, and check them out with the family "
            "as you go.</p>"
        ),
        "standards": ["clarity", "curiosity"],
        "kind": "tool",
    },
    {
        "slug": "first-language-practice",
        "title": "Working in a family's first language",
        "summary": (
            "Why and how Newham offers help in families' first languages, with bilingual "
            "facilitators and translated materials."
        ),
        "body": (
            "<p>With over 100 languages spoken in the borough, delivering help in a family's "
            "first language makes lasting change more likely. Use bilingual practitioners where "
            "possible, and the council's interpreting service (the Language Shop) for "
            "interpreters and translated materials.</p>"
        ),
        "standards": ["community"],
        "kind": "guide",
    },
    {
        "slug": "plans-children-understand",
        "title": "Writing assessments and plans children understand",
        "summary": (
            "Writing to and for the child: plain words, clear outcomes and their own wishes "
            "in their plan."
        ),
        "body": (
            "<ul><li>Ask the child what they would like to see in their plan.</li>"
            "<li>Write so that the child could read it and recognise themselves.</li>"
            "<li>Avoid jargon; say clearly what will change and how we will know.</li>"
            "<li>Check the plan against the question: what difference will this make to this "
            "child's life?</li></ul>"
        ),
        "standards": ["co-production"],
        "kind": "template",
    },
    {
        "slug": "questions-from-curiosity",
        "title": "Questions from a position of curiosity",
        "summary": (
            "Questions that open up what matters to a family and the life they hope to build."
        ),
        "body": (
            "<ul><li>What matters most to you and your family?</li>"
            "<li>What sort of family, relationships or life have you wanted to build?</li>"
            "<li>Who else knows how important this is to you?</li>"
            "<li>What have you hoped your children will learn, gain or achieve growing up in "
            "this family?</li></ul>"
        ),
        "standards": ["curiosity"],
        "kind": "tool",
    },
    {
        "slug": "family-meetings",
        "title": "Family meetings",
        "summary": (
            "Bringing the family and wider network together to make their own plan, with "
            "professional help added around it."
        ),
        "body": (
            "<p>A family meeting gathers parents, children and the wider family to share "
            "worries, strengths and ideas, and to agree a family plan. Professionals then say "
            "what extra help they can offer, and the two are combined in the child's plan.</p>"
        ),
        "standards": ["compassion"],
        "kind": "tool",
    },
    {
        "slug": "permission-seeking",
        "title": "Permission seeking",
        "summary": (
            "Asking families' permission at each step, so they stay in control and feel respected."
        ),
        "body": (
            "<p>Ask before you explore a sensitive subject, before you contact someone in the "
            "network and before you share information. It signals respect and positive "
            "intent, and invites everyone, children included, to take part.</p>"
        ),
        "standards": ["compassion"],
        "kind": "tool",
    },
    {
        "slug": "example-group-supervision",
        "title": "Practice example: group supervision and domestic abuse",
        "summary": (
            "How talking openly in group supervision helped a newly qualified social worker "
            "understand a mother's experience of domestic abuse."
        ),
        "body": (
            "<p>A newly qualified social worker was supporting a family of six children where "
            "the father was violent. She brought to group supervision how intimidated and "
            "frightened he made her feel. Talking about it openly, without judgement, and "
            "hearing colleagues' views helped her connect her own experience to what the "
            "mother had lived with for years.</p>"
            "<p>The mother noticed that the worker now understood her better. Together they "
            "used Safe and Together tools to plan safety and contingencies as the mother took "
            "legal action.</p>"
        ),
        "standards": ["confidence"],
        "kind": "guide",
    },
    {
        "slug": "example-caring-dads-first-language",
        "title": "Practice example: Caring Dads in fathers' first languages",
        "summary": (
            "How Newham delivers the Caring Dads programme in many languages without interpreters."
        ),
        "body": (
            "<p>Three of the five Caring Dads facilitators are bilingual, so groups and "
            "one-to-one sessions have run in Urdu, Bengali, Albanian, Punjabi, Gujarati and "
            "Arabic, and can run in Sylheti and Hindi, without interpreters. Fathers are "
            "waiting for groups in Romanian, Polish, Sylheti, Tamil and Tagalog.</p>"
            "<p>Sessions discuss culture, gender roles, shame, guilt and religion openly. The "
            "team is working with the Language Shop on short videos explaining the key ideas "
            "in different languages for social workers to use with fathers.</p>"
        ),
        "standards": ["community"],
        "kind": "guide",
    },
    {
        "slug": "example-co-producing-a-safety-decision",
        "title": "Practice example: deciding together how to keep a young person safe",
        "summary": (
            "How a social worker, a teenager and her mother explored every option together "
            "when she was being exploited."
        ),
        "body": (
            "<p>A 13-year-old girl was being exploited by adult men in her neighbourhood, and "
            "her mother asked the council for help. Relatives lived far away and could not "
            "take her in. The social worker spent time with the girl and her mother exploring "
            "every option. After visiting a residential home to see it for herself, the girl "
            "agreed to try it, as long as her mother could visit often.</p>"
            "<p>There she kept up her education, had counselling and made positive "
            "friendships. She went home at 16. Now 18, she says moving was hard but right: she "
            "recognises she was being exploited, has three A levels and hopes to go to "
            "university.</p>"
        ),
        "standards": ["co-production"],
        "kind": "guide",
    },
    {
        "slug": "example-family-meeting",
        "title": "Practice example: a family meeting after a knife was found",
        "summary": (
            "How a compassionate approach helped a family and their wider network lead a plan "
            "to keep their teenage daughter safe."
        ),
        "body": (
            "<p>A school referred a 16-year-old girl after she was found carrying a knife. She "
            "had been staying out late and was angry with her younger brother at home. The "
            "family had close relatives nearby.</p>"
            "<p>From the first phone call, the social worker engaged the family with positive "
            "intent, asked permission, and invited parents, both children and the wider family "
            "to share their ideas about safety. The family already had solutions in place. A "
            "family meeting brought everyone together, the family led the planning, and a "
            "Child in Need plan combined their own plan with extra help from professionals.</p>"
        ),
        "standards": ["compassion"],
        "kind": "guide",
    },
    {
        "slug": "what-families-tell-us",
        "title": "What families tell us about Circles of Support",
        "summary": (
            "Themes from children's, parents' and social workers' feedback on the framework."
        ),
        "body": (
            "<ul><li>Children describe calmer homes, fewer arguments and doing more together "
            "as a family.</li>"
            "<li>Parents value workers who explain who they are, why they are calling and what "
            "will happen next, and who give them time to talk.</li>"
            "<li>Parents say being reassured and listened to during a crisis was a comfort.</li>"
            "<li>Social workers say it made them think harder about the first contact and the "
            "small things that build relationships.</li></ul>"
            "<p>The Quality Assurance and Feedback team collects feedback throughout the year.</p>"
        ),
        "standards": ["clarity", "co-production"],
        "kind": "guide",
    },
]

# The framework says its services are for families in the borough; it does not say
# what they cost, so the demo gives no cost option.
SERVICE_DEFAULTS = {
    "areas_served": [{"name": "Newham", "postcode_districts": "E6 E7 E12 E13 E15 E16 E20"}],
}

INTERVENTIONS = [
    {
        "slug": "caring-dads",
        "title": "Caring Dads",
        # The public page the Open Referral feed needs; the others are left out of it.
        "public_url": "https://www.example.org/newham/caring-dads",
        "summary": (
            "A programme for fathers whose relationships with their children or the children's "
            "mother are controlling, distant, hostile or abusive, offered in many languages."
        ),
        "who_for": (
            "Fathers who are over-controlling, over-involved, distant or emotionally abusive, "
            "or whose relationship with the children's mother is hostile, highly conflictual or "
            "abusive."
        ),
        "age_min": None,
        "age_max": None,
        "service_areas": ["childrens-social-care", "early-help"],
        "delivery": ["in-person", "group", "one-to-one"],
        "how_to_refer": (
            "<p>Email the Caring Dads programme. Say which language the father would prefer; "
            "groups in some languages have a waiting list.</p>"
        ),
        "eligibility": "Fathers in Newham whose behaviour is affecting their children.",
        "contacts": ["newham-caring-dads"],
        "standards": ["community"],
        "body": (
            "<p>Caring Dads has run in Newham since 2018. Five facilitators, three of them "
            "bilingual, run groups and one-to-one sessions, many in the father's first "
            "language. The programme talks openly about culture, gender roles, religion, shame "
            "and guilt.</p>"
        ),
    },
]

ORGANISATIONS = [
    {
        "name": "Newham Language Shop",
        "description": (
            "The council's interpreting and translation service, working with Caring Dads on "
            "short videos for fathers in several languages."
        ),
        "website": "https://www.example.org/newham-language-shop",
        "email": "newham-language-shop@example.org",
        "phone": "020 7946 0210",
        "address": "Newham",
        "postcode": "",
        "categories": ["interpreting", "translation"],
        "age_min": None,
        "age_max": None,
        "eligibility": "Booked by council staff for families they work with.",
        "languages": ["en", "bn", "ur", "pa", "gu", "hi", "ar", "sq", "ro", "pl", "ta", "tl"],
        "status": "active",
    },
]
