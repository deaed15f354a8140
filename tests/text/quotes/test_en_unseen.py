"""One invented sentence per rule learnt from English news of another source and era than
PolNeAR (task en-unseen)."""

from __future__ import annotations

from bot.text.model import Quote
from tests.text.quotes.reading import read, speaker_of


def _quotes(text: str) -> tuple[Quote, ...]:
    return read(text, "en")[1]


def test_the_agency_of_a_dateline_does_not_speak_for_police() -> None:
    text = "Harbourton, Veldia (WNS) A teacher was wounded Thursday on her way, police said."
    assert speaker_of(_quotes(text), "a teacher was wounded", kind=None) is None


def test_a_body_after_of_keeps_its_possessive_and_the_person_speaks() -> None:
    text = (
        "Dana Whitfield of the Marlow County Sheriff's Office says \"The roads were closed so "
        'quickly. Nobody was hurt."'
    )
    assert speaker_of(_quotes(text), "the roads were closed", kind=None) == "Dana Whitfield"


def test_an_affiliate_named_after_its_network_is_the_source() -> None:
    text = "The bridge closed. Crews found a crack in a pillar, WNS affiliate KVTL reported."
    assert speaker_of(_quotes(text), "crews found a crack", kind=None) == "KVTL"


def test_a_speaker_with_the_body_they_work_for_after_a_quote_is_read() -> None:
    text = (
        'Mara Lind survived the attack. "They skipped me," she told reporters. "Never heard '
        'anything like this," journalist Dan Okoro from KVTL said.'
    )
    assert speaker_of(_quotes(text), "never heard anything", kind=None) == "Dan Okoro"


def test_an_unnamed_worker_with_a_body_does_not_pass_the_quote_to_the_last_speaker() -> None:
    text = (
        'Mara Lind survived the attack. "They skipped me," she told reporters. "They are facing '
        'down," a worker with the ambulance service said.'
    )
    assert speaker_of(_quotes(text), "they are facing down", kind=None) is None


def test_a_body_whose_name_holds_a_possessive_speaks_under_its_whole_name() -> None:
    text = "The Marlow County Sheriff's Office says a sting operation caught the seller."
    assert (
        speaker_of(_quotes(text), "a sting operation", kind=None)
        == "Marlow County Sheriff's Office"
    )


def test_according_cut_from_its_phrase_is_not_a_person() -> None:
    text = (
        "According to a statement from the Veldian Foreign Ministry, the woman had traveled. "
        '"The judge asked for help," the statement said.'
    )
    assert speaker_of(_quotes(text), "the judge asked for help", kind=None) != "According"


def test_a_dateline_agency_before_a_quote_does_not_speak_it() -> None:
    text = '(WNS) "Jake the dog and Finn the human. The fun will never end." So begins the song.'
    assert all(q.speaker != "WNS" for q in _quotes(text))


def test_the_listener_after_told_is_not_the_speaker() -> None:
    text = (
        'The unit patrols the east. "There has been some recruitment," Colonel Jo B Vell, told '
        'WNS. "You have disaffected fighters."'
    )
    assert all(q.speaker != "WNS" for q in _quotes(text))
