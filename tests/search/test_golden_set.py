"""Relevance: realistic staff searches, each with the result that must be in the top three.

Written from the Tower Hamlets "Tools and Resources" booklet and Practice
Handbook (the seed material): acronyms staff use, questions asked between
visits, a completion and a misspelling. One test loads the demo content once
and reports every miss together, so a ranking change shows its whole effect.
"""

import pytest

from tests.search.conftest import result_titles

GOLDEN_SET = [
    ("who do I contact for a Family Group Conference", "Family Group Conference (FGC)"),
    ("FGC", "Family Group Conference (FGC)"),
    ("private family time", "Family Group Conference (FGC)"),
    ("CAMHS", "CAMHS in Social Care (CiSC)"),
    ("CiSC", "CAMHS in Social Care (CiSC)"),
    ("mental health of parents", "CAMHS in Social Care (CiSC)"),
    ("support for young carers", "Young Carers Project"),
    ("VIG", "Video Interaction Guidance (VIG)"),
    ("SWISS", "Social Workers in Secondary Schools (SWISS)"),
    ("social worker in a primary school", "Social Workers in Primary Schools (SWIPS)"),
    ("TFACT", "Therapeutic Fostering and Care Team (TFACT)"),
    ("CLICC", "Teen CLICC (Children Living In Care Council)"),
    ("children in care council", "Junior CLICC (Children Living In Care Council)"),
    ("FFT", "Functional Family Therapy (FFT)"),
    ("DVA", "REPAIR domestic abuse (DVA) toolkit"),
    ("domestic abuse toolkit", "REPAIR domestic abuse (DVA) toolkit"),
    ("HOTH", "Harm outside the home toolkit and mapping tool"),
    ("criminal exploitation", "Exploitation Service"),
    ("SGO", "Support for special guardians"),
    ("special guardianship order support", "Support for special guardians"),
    ("IRO", "Independent Reviewing Service"),
    ("youth justice", "Youth Justice Service Enabling Fund"),
    ("genograms", "Genograms, cultural genograms and culturagrams"),
    ("genogrm", "Genograms, cultural genograms and culturagrams"),
    ("chronology", "Chronologies"),
    ("ecomap", "Ecomaps"),
    ("lifelong links", "Lifelong Links"),
    ("mockingbird fostering", "Mockingbird"),
    ("edge of care", "Edge of Care"),
    ("baby feeding", "Baby Feeding Service"),
    ("restorative supervision", "Restorative Supervision Framework"),
    ("social graces", "Social GRACES (Social GGRRAAACCEEESSS)"),
    ("book a practice consultation", "Practice consultations"),
    ("reflective supervision", "Reflective supervision with the Learning Academy"),
    ("wellbeing support for staff", "Council mental health and wellbeing offer"),
    ("family hubs", "Family Hubs"),
    ("feedback forms for families", "Family feedback forms"),
    ("quality assurance audit", "Quality Assurance Framework and restorative audits"),
    ("parental conflict", "Reducing Parental Conflict and the REPAIR package"),
    ("trauma informed practice", "Trauma informed practice"),
    ("advocate for a parent at a conference", "Advocacy for children and parents"),
    ("direct work bag", "Direct work bag (rucksack)"),
    ("weapons awareness", "Your Stance weapons awareness"),
    ("teenage girls group", "Girls empowerment group"),
    ("Be Curious", "Be Curious"),
    ("camh", "CAMHS in Social Care (CiSC)"),
]


def test_the_golden_set_has_enough_searches():
    assert len(GOLDEN_SET) >= 30
    assert len({query for query, _title in GOLDEN_SET}) == len(GOLDEN_SET)


@pytest.mark.django_db
def test_every_golden_search_finds_its_page_in_the_top_three(staff_client, sites, demo_users):
    from resources import demo

    demo.load(sites, demo_users)
    misses = []
    for query, expected in GOLDEN_SET:
        response = staff_client.get("/en/search/", {"q": query})
        assert response.status_code == 200
        top = result_titles(response)[:3]
        if expected not in top:
            misses.append(f"{query!r}: wanted {expected!r}, got {top}")
    hits = len(GOLDEN_SET) - len(misses)
    print(f"\nGolden set: {hits}/{len(GOLDEN_SET)} in the top three")
    assert not misses, "\n".join(misses)
