"""One invented English sentence per rule that keeps a quote from going to the wrong person
(another person named in the sentence or just before it), learnt from PolNeAR train."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_role_and_name_after_a_trailing_verb_speak_not_the_sentence_subject() -> None:
    text = (
        "Clara Hobbs won the northern towns in 2008.\n\n"
        "Hobbs “drew well from working-class voters” that year, said Lakeside College "
        "professor Paul Berk."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "drew well from working-class voters") == "Paul Berk"
    assert not [q for q in quotes if q.kind == "indirect"]


def test_a_name_in_a_participle_clause_is_its_object_not_the_speaker() -> None:
    text = (
        "Dov Tromp attacked Mark Ramsey, calling him “a failed candidate.” Ramsey fired back "
        "in March, attacking Tromp for “the greed, the showing off, the absurd theatrics” of "
        "his campaign."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "the greed, the showing off") == "Mark Ramsey"


def test_the_one_asked_is_not_the_speaker_of_the_question() -> None:
    text = (
        "Senator Bert Sandell said the story had moved on.\n\n"
        "Sandell was asked by host Nora Kell, “Would you have told her it was a bad idea?”\n\n"
        "Sandell was asked, “What is the strangest place you have ever visited?”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "Would you have told her") == "Nora Kell"
    assert speaker_of(quotes, "What is the strangest place") is None


def test_the_listener_after_told_is_not_the_speaker() -> None:
    text = (
        "In June, after Hilda Rains fell ill, Dave Axton wrote her a note, calling her "
        "“Hilda” and telling her, “you are an all-star player and we need you for the long run!”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "you are an all-star player") == "Dave Axton"


def test_a_speaker_set_off_by_commas_says_the_rest_of_the_sentence() -> None:
    text = (
        "“Few can match Nora,” says Myra Gatt, a historian at Rider College.\n\n"
        "The paradox of Nora, says Carl Antony, historian at the Ladies Library, is that she "
        "was “one of the most powerful first ladies of the era,” not for her policy."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "one of the most powerful first ladies") == "Carl Antony"


def test_a_name_with_an_age_after_it_is_a_person_not_the_place_after() -> None:
    text = (
        "Young voters split on the question.\n\n"
        "Franson Reneus, 18, from Lee County, Fla., disagrees. “I could say I identify as "
        "anything and it would not make it so,” he says."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "I could say I identify as anything") == "Franson Reneus"


def test_a_pronoun_in_an_opening_clause_is_not_the_speaker() -> None:
    text = (
        "Hilda Rains spoke first. But almost immediately when she did, David Axton, who "
        "advised the mayor, tweeted this: “She did it again and I will say it again.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "She did it again") == "David Axton"


def test_the_name_after_to_which_speaks_not_the_sentence_subject() -> None:
    text = (
        "Martin O'Malley ran too. Hilda Rains said there was “no daylight” between their "
        "plans. She said her proposals were strong, to which O'Malley interjected: “It is "
        "just not true at all.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "just not true at all") == "Martin O'Malley"


def test_a_quote_after_claimed_that_is_not_the_next_clauses_speaker() -> None:
    text = (
        "But even as Dov Tromp claimed on Tuesday that “General Pettis got in trouble for far "
        "less,” one of the prosecutors for Dave Pettis said the two cases were different."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "got in trouble for far less") == "Dov Tromp"


def test_a_noun_like_state_is_no_speech_verb_and_the_apposed_governor_speaks() -> None:
    text = (
        "Ohio Gov. Bobby Jandal on Monday signed an order to block refugees in his state, "
        "while Mike Huckley, the former Arkansas governor, proposed we “wake up and smell "
        "the coffee” and said the speaker should resign."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "wake up and smell the coffee") == "Mike Huckley"


def test_the_name_a_subordinator_puts_before_the_verb_speaks() -> None:
    text = (
        "Dave Axton tweeted while Rains argued for the second time that “if everyone had "
        "voted as he voted, we would not have saved the industry.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "if everyone had voted as he voted") == "Rains"


def test_a_quote_after_reported_speech_is_the_reported_speakers() -> None:
    text = (
        "Jane MacNabb studies militias. “By 2014 the movement was ready,” she says.\n\n"
        "Tom Coan, Santo's attorney, argues that his client was never encouraging violence. "
        "“The government is alleging that his calls to come to the area were violent.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "The government is alleging") == "Tom Coan"


def test_the_host_who_pressed_speaks_in_an_exchange() -> None:
    text = (
        "In an interview with host Sean Hannet on Monday, Dov Tromp answered questions.\n\n"
        "“They said it is negotiable, your whole immigration plan,” Hannet pressed.\n\n"
        "“Everything is negotiable with me, that is how deals get done,” Tromp countered."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "They said it is negotiable") == "Sean Hannet"
    assert speaker_of(quotes, "Everything is negotiable") == "Dov Tromp"


def test_a_person_opening_the_sentence_before_a_quote_that_ends_the_paragraph_says_it() -> None:
    text = (
        "Bernard Sandell said: “Absolutely. It is time for low-wage workers to organize.”\n\n"
        "Hilda Rains touted her credentials as an original co-sponsor of the bill. “We need to "
        "find ways to support workers that want a union in their workplace.”"
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "We need to find ways") == "Hilda Rains"


def test_a_plural_possessive_with_a_straight_apostrophe_keeps_the_attribution() -> None:
    text = (
        "In all, the Vermont senator has raised nearly $73 million, officials said.\n\n"
        '"This campaign is changing American politics," Jeff Weaver, Sanders\' campaign '
        "manager, said in a statement."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "This campaign is changing American politics") == "Jeff Weaver"


def test_retaliated_introduces_the_answer_in_an_exchange() -> None:
    text = (
        "François Hollard is the French president. Dov Tromp asserted that France had lost "
        "its identity: “France is no longer France,” he claimed.\n\n"
        "“France will always be France,” an angry Hollard retaliated."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "France will always be France") == "François Hollard"


def test_a_participle_goes_with_the_subject_not_a_name_in_apposition() -> None:
    text = (
        "Sen. Bert Sandell visited the “Today” studio to discuss his remarks about his "
        "rival, Hilda Rains, saying “on her worst day” she would be better than the others."
    )
    _, quotes, _ = read(text, "en")
    assert speaker_of(quotes, "on her worst day") == "Bert Sandell"
