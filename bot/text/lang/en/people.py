"""English words around people and organisations: honorifics, roles, pronouns, labels."""

import re

from bot.text.lang.base import PeopleWords, Pronoun, gendered, word_set

ROLES = gendered(
    masculine="""
    spokesman congressman chairman king pope prince businessman father husband actor
    councilman alderman assemblyman nephew son brother grandfather uncle
    """,
    feminine="""
    spokeswoman congresswoman chairwoman queen princess businesswoman mother widow wife actress
    niece daughter sister grandmother aunt councilwoman alderwoman assemblywoman
    """,
    either="""
    minister president spokesperson secretary general chief chancellor premier senator
    representative lawmaker legislator governor mayor director ceo chair ambassador judge lawyer
    attorney prosecutor commissioner adviser advisor official leader researcher professor
    doctor analyst economist candidate nominee founder author diplomat captain colonel admiral
    commander sheriff coach manager executive sergeant officer detective strategist pollster
    activist vice-president envoy negotiator chairperson superintendent inspector head boss
    expert scientist historian campaigner organizer organiser singer player striker witness
    resident owner speaker deputy aide councillor councilor councilmember delegate justice
    magistrate trustee principal dean marshal bishop rabbi imam reverend pastor member partner
    writer editor columnist reporter correspondent host anchor commentator contributor friend
    colleague neighbor neighbour student teacher nurse veteran supporter critic opponent ally
    consultant fellow lecturer surgeon physician psychologist co-founder producer filmmaker
    novelist poet artist designer engineer farmer worker employee billionaire journalist whip
    mogul tycoon entrepreneur investor comedian secretary-treasurer counsel advocate recorder
    clerk treasurer comptroller controller auditor assessor coroner administrator moderator
    publisher editor-in-chief editor-at-large committeeman committeewoman chaplain cardinal
    ayatollah cleric mullah priest patriarch
    archbishop provost registrar solicitor selectman frontrunner front-runner hopeful contender
    staffer confidant confidante attendee commenter neurosurgeon developer affiliate mp mep
    """,
)


def _plural(role: str) -> str:
    """ "host" -> "hosts", "spokesman" -> "spokesmen", "secretary" -> "secretaries"."""
    if role.endswith("man"):
        return role[:-3] + "men"
    if role.endswith(("s", "sh", "ch", "x")):
        return role + "es"
    if role.endswith("y") and role[-2:-1] not in "aeiou":
        return role[:-1] + "ies"
    return role + "s"


PLURAL_ROLES = {_plural(role): role for role in ROLES if "-" not in role}

NATIONALITIES = word_set(
    """
    afghan algerian american argentine argentinian australian austrian belgian brazilian
    british canadian chilean chinese colombian cuban danish dutch egyptian english finnish
    french german greek hungarian indian iranian iraqi irish israeli italian ivorian japanese
    korean lebanese libyan malian mexican moroccan nigerian norwegian pakistani palestinian
    polish portuguese romanian russian saudi scottish senegalese serbian spanish swedish swiss
    syrian taiwanese tunisian turkish ukrainian venezuelan vietnamese
    yemeni indonesian armenian cambodian bangladeshi nepalese nepali malaysian filipino burmese
    thai mongolian kazakh uzbek azerbaijani belarusian estonian latvian lithuanian czech slovak
    croatian bosnian albanian bulgarian cypriot jordanian kuwaiti qatari emirati bahraini omani
    sudanese somali ethiopian eritrean kenyan ugandan tanzanian rwandan congolese cameroonian
    ghanaian liberian zimbabwean peruvian bolivian ecuadorian uruguayan paraguayan guatemalan
    honduran salvadoran nicaraguan haitian jamaican kurdish
    texan floridian ohioan californian iowan kansan vermonter minnesotan
    republican republicans democrat democrats democratic gop libertarian asian african
    european hispanic latino latina arab
    """
)

PEOPLE = PeopleWords(
    honorifics=gendered(
        masculine="mr sir lord",
        feminine="mrs ms miss dame lady",
        either="""
        dr prof rev sen rep del gov gen brig lt col sgt capt adm pres maj cmdr supt insp det
        """,
    ),
    roles=ROLES,
    age_description=re.compile(r"\d+-years?-old"),
    role_modifiers={},
    title_modifiers=word_set("prime vice deputy assistant acting interim"),
    subject_pronouns={
        "he": Pronoun("m"),
        "she": Pronoun("f"),
        **{f"he{a}{v}": Pronoun("m") for a in "'’" for v in ("s", "d", "ll")},  # "He’s claiming"
        **{f"she{a}{v}": Pronoun("f") for a in "'’" for v in ("s", "d", "ll")},
        "they": Pronoun(None, plural=True),
        "it": Pronoun(None, personal=False, thing=True),
    },
    tonic_pronouns={"him": Pronoun("m"), "her": Pronoun("f")},
    nationalities=NATIONALITIES,
    anonymous_sources=word_set("source sources insider insiders"),
    organisations=word_set(
        """
        ministry government department agency company firm police army military campaign
        committee commission council office court party union bank university association
        federation institute foundation group administration board authority authorities
        service bureau corporation corp inc ltd plc senate house parliament congress embassy
        alliance organization organisation center centre team club network newspaper pentagon
        kremlin state agence pac
        """
    ),
    departments=word_set(
        """
        defense defence state interior justice health treasury foreign affairs home energy
        education labor labour commerce agriculture transportation environment homeland
        security house senate white national general federal united nations majority minority
        supreme intelligence
        """
    ),
    company_words=word_set(
        """
        energy resources holdings group inc corp co llc ltd plc partners capital bank
        industries
        """
    ),
    affiliation_tag=re.compile(r"[RDI]-\w+"),
    documents=word_set(
        """
        statement report letter memo email release study poll survey ad advertisement editorial
        column complaint lawsuit suit filing transcript note message readout indictment ruling
        headline sign banner placard opinion document record
        """
    ),
    media_documents=word_set("ad advertisement video clip spot commercial"),
    document_makers=word_set("by from"),
    spokesperson_roles=word_set("spokesperson spokeswoman spokesman representative"),
    role_connectors=word_set("of for the at on and"),
    organisation_connectors=word_set("of on for"),
    name_conjunctions=word_set("and"),
    award_connectors=word_set("in of"),
    award_words=word_set("award awards prize medal trophy"),
    names_modify_roles=True,
    first_name_words=word_set("will dean"),
    first_name_countries=("usa", "great_britain"),
    place_nouns=word_set(
        "county city beach hook island township parish valley creek avenue boulevard area"
    ),
    place_openers=word_set("san santa los las fort"),
    law_nouns=word_set("act amendment treaty accord accords program programme initiative"),
    adjective_suffixes=("ian", "esque", "ite"),
    compound_adjective_tails=word_set(
        "based born backed led controlled leaning style era linked inspired sponsored made "
        "dominated supported funded owned run affiliated themed friendly trained bred raised "
        "educated allied aligned oriented minded focused centred centered"
    ),
    naming_words=word_set("named"),
    person_nouns={
        **dict.fromkeys(("woman", "girl", "lady", "grandmother"), "f"),
        **dict.fromkeys(("man", "boy", "guy", "grandfather"), "m"),
        **dict.fromkeys(("voter", "protester", "teenager", "attendee", "shopper"), None),
    },
    personal_bodies=word_set("campaign"),
    document_issuers={"ruling": "court", "verdict": "court"},
    possessive_pronouns={"his": Pronoun("m"), "her": Pronoun("f")},
    reader_pronouns=word_set("you"),
    publications=word_set("newspaper paper tabloid daily magazine"),
    publication_bodies=word_set("board newsroom"),
    publication_titles=word_set(
        """
        times post journal news tribune herald gazette globe chronicle telegraph guardian
        observer examiner inquirer courier advocate magazine daily
        """
    ),
    plural_roles=PLURAL_ROLES,
    kin_nouns=word_set(
        "wife husband son daughter brother sister mother father widow widower mom dad"
        " grandson granddaughter grandfather grandmother nephew niece cousin uncle aunt"
        " stepson stepdaughter stepfather stepmother sons daughters brothers sisters parents"
    ),
    honorific_roles={
        "sen": "senator",
        "rep": "representative",
        "gov": "governor",
        "gen": "general",
        "pres": "president",
        "prof": "professor",
        "rev": "reverend",
        "col": "colonel",
        "capt": "captain",
        "sgt": "sergeant",
        "adm": "admiral",
        "cmdr": "commander",
        "supt": "superintendent",
        "insp": "inspector",
        "det": "detective",
    },
)
