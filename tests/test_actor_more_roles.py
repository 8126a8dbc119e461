"""Roles that no title before the name and no apposition after it give (session 13): an office
in a "who" clause, an apposition said of two names, the player of a part, the body a person
speaks for, a plural role before "like"/"such as", abbreviated officers' titles, a participle
after an apposition's noun. Invented sentences in, the role that must come out (None: none)."""

from __future__ import annotations

import pytest

from tests.conftest import role_of

ROLES = [
    # an office in a "who" clause: the verb's noun and its object, whatever the tense
    ("Ana Veld, who heads the Northland water agency, said the pipes were old.", "Ana Veld",
     "head of the Northland water agency"),
    ("Tomas Brell, who founded Quillon Labs in 2009, declined to comment.", "Tomas Brell",
     "founder of Quillon Labs"),
    ("In May, Rina Moss, who co-chaired the Harbor March in Eastbury last year, was detained.", "Rina Moss",
     "co-chair of the Harbor March"),
    ("Omar Dahl, who runs marathons, finished third.", "Omar Dahl", None),
    # one plural apposition after two names joined by "and"
    ("Lena and Piet Oduya, owners of the Lantern cafe, said they lost everything.", "Piet Oduya",
     "owner of the Lantern cafe"),
    # the player of a part
    ("The captain is voiced by Marco Stell, who also sings.", "Marco Stell", "actor"),
    ("They fight the warlord Zorvan (Idris Kamaru) in the finale.", "Idris Kamaru", "actor"),
    ("In the scene, Jonas Berle’s character spits on the hero.", "Jonas Berle", "actor"),
    ("Critics praised Jonas Berle’s performance in the final race.", "Jonas Berle", None),
    # the organization an "of"/"from" phrase right after the name names
    ("Prices will fall further, according to Greg Tallis from Varcon Capital.", "Greg Tallis",
     "Varcon Capital"),
    ("“The plan is sound,” says Piet Marr of the Helder Institute.", "Piet Marr", "Helder Institute"),
    ("Tom Reyes from Eastbury wrote that the tram tipped.", "Tom Reyes", None),
    # a plural role before "like", "such as" or "including"
    ("The remark drew criticism from artists like Mara Quell and Ida Falk.", "Mara Quell", "artist"),
    ("The gala drew critics such as Kelly Marsh and Ida Falk.", "Ida Falk", "critic"),
    ("Singers including Kelly Marsh condemned the remark.", "Kelly Marsh", "singer"),
    # officers' titles as business news abbreviates them
    ("The letter was signed by Norvale Music Group exec VP Michele Hart, and others.", "Michele Hart",
     "Norvale Music Group executive vice president"),
    ("Profits rose, said Ravi Tam, CFO of Brantor Bank.", "Ravi Tam", "CFO of Brantor Bank"),
    # a participle after the apposition's noun is what the person does then, not the role
    ("Among the fans was Kevin Orla, a Westport lawyer wearing a vintage Ben Ruud jersey.",
     "Kevin Orla", "Westport lawyer"),
    # a noun for people before an "at" phrase and a comma
    ("He also addressed claims by his girlfriend at the time, Mira Solvik, and others.", "Mira Solvik",
     "girlfriend at the time"),
    # a role stated with "become" as with "be"
    ("Dara Voss became the first woman to lead the Harbor Union.", "Dara Voss", "first woman"),
    # "his ex": a tie to another person, attached to the name
    ("He co-parents his daughter with his ex Mara Quell.", "Mara Quell", "ex"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_role_said_around_the_name(nlp, text, name, role):
    assert role_of(nlp, text, name) == role


BODY_ROLES = [
    # the common noun before or after an organization's name says what the body is
    ("Designed by British firm Halden Partners, the plaza opened in May.", "Halden Partners",
     "British firm"),
    ("The vessel, owned by the Swiss shipping company VOLTARA, sails out of Basel.", "VOLTARA",
     "Swiss shipping company"),
    ("Market research firm Corvex expects sales to rise.", "Corvex", "research firm"),
    ("Prices rose, Corvex Partners said on Monday.", "Corvex Partners", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "role"), BODY_ROLES)
def test_role_of_an_organization(nlp, text, name, role):
    found = role_of(nlp, text, name)
    assert found is None if role is None else role in (found or "")
