"""One invented French sentence per rule written from unannotated news (OrangeSum, odd half
of file lines 240-300, as judged by fr-unseen4)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_bare_noun_phrase_after_an_inverted_verb_is_passed_to_the_subject() -> None:
    text = (
        "Le biologiste Paul Marchand a été entendu mardi par les députés. « Nous avons tout "
        "vérifié », a-t-il affirmé. « Vous avez fait des erreurs graves », a répondu en "
        "conclusion Jean Dufresne (PS), président de la commission."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "erreurs graves") == "Jean Dufresne"


def test_a_definite_role_read_as_someone_later_names_that_person_again() -> None:
    text = (
        "Le biologiste Paul Marchand a été entendu mardi. Le chercheur a critiqué une "
        "« croyance ». « Vous avez fait des erreurs », a répondu Jean Dufresne, président de la "
        "commission. Plus tard, le chercheur lyonnais a regretté des « choix politiques »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "choix politiques") == "Paul Marchand"


def test_who_calls_on_someone_to_do_something_says_the_words_in_marks() -> None:
    text = (
        "Le ministre Paul Durand a visité Lyon. Le collectif Voix Libres a appelé le président "
        "Marc Lenoir à annoncer des « réformes concrètes »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "réformes concrètes") == "Voix Libres"


def test_a_running_mate_of_someone_is_not_that_person() -> None:
    text = (
        "L'ex-élue socialiste de Bretagne Anne Morel, autre colistière potentielle de Paul "
        "Durand, a estimé dimanche que la colère était « légitime »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "légitime") == "Anne Morel"


def test_a_role_after_de_before_an_apposed_name_is_not_that_persons_role() -> None:
    text = (
        "Le gendarme Paul Durand a été suspendu. Un avocat agissant au nom de la famille de la "
        "victime, Chris Stewart, a condamné cet usage de la force. « Il y avait des options », "
        "a-t-il déclaré."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "des options") == "Chris Stewart"


def test_an_outlet_named_with_a_number_keeps_it() -> None:
    text = "Un ours a été vu près de Nice. L'animal avait été blessé, rappelle 20 Matins."
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "avait été blessé", kind="indirect") == "20 Matins"


def test_the_subject_of_a_verb_governing_an_infinitive_of_speech_speaks() -> None:
    text = (
        "Un avion a fait demi-tour. NordAir s'est bornée à dire que « l'équipage a suivi les "
        "procédures »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "suivi les procédures") == "NordAir"


def test_a_paper_named_by_its_first_word_takes_its_longer_title() -> None:
    text = (
        "Le roi a versé de l'argent à une amie. En mars, la Gazette de Lausanne a publié des "
        "documents. La Gazette affirme qu'un juge a ouvert une enquête."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "un juge a ouvert", kind="indirect") == "Gazette de Lausanne"


def test_a_role_named_after_its_own_clause_is_that_person_later() -> None:
    text = (
        "Le gendarme Paul Durand a été suspendu. Un avocat agissant au nom de la famille de la "
        "victime, Chris Stewart, a condamné cet usage de la force. Le blessé avait fêté son "
        "anniversaire, selon l'avocat."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "avait fêté son", kind="indirect") == "Chris Stewart"
