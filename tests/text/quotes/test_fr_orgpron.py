"""One invented French sentence per rule on pronouns standing for an organisation (fr-orgpron)."""

from __future__ import annotations

from tests.text.quotes.reading import read, speaker_of


def test_a_body_named_by_its_noun_alone_is_what_the_next_pronoun_stands_for() -> None:
    text = (
        "Le ministère de l'Agriculture a publié un bilan mardi. Les éleveurs attendent "
        "toujours leurs aides. « Les aides seront versées en juin », a précisé le ministère. "
        "« Le calendrier sera tenu », a-t-il ajouté."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "calendrier sera tenu") == "ministère de l'Agriculture"


def test_a_body_of_another_kind_is_not_what_a_noun_points_to() -> None:
    text = (
        "« Les horaires changent lundi », a indiqué la préfecture de l'Aisne. Les bénévoles "
        "servent des repas chaque soir. L'association estime toucher « la plupart des "
        "familles »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la plupart des familles") != "préfecture de l'Aisne"


def test_a_subject_pronoun_after_a_ministry_spoke_is_that_ministry() -> None:
    text = (
        "« Le dossier avance », a précisé le porte-parole de la mairie, Paul Vernier. "
        "« Rien n'est signé », a indiqué le ministère de la Mer dans un communiqué. "
        "Mais il a affirmé attendre « une réponse rapide »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "une réponse rapide") == "ministère de la Mer"


def test_a_pronoun_opening_the_sentence_of_an_incise_keeps_to_its_person() -> None:
    text = (
        "Paul Vernier reste prudent. Il craint que la réforme « ne passe pas », écrit le "
        "quotidien régional. Il estime que « rien n'est joué »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "rien n'est joué") == "Paul Vernier"


def test_a_pronoun_after_a_body_that_was_a_speech_verb_s_subject_is_that_body() -> None:
    text = (
        "Alors que les repas manquent depuis lundi, la préfecture de l'Aisne considère offrir "
        "« une aide suffisante ». Elle estime que « les distributions sont désordonnées »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "distributions sont désordonnées") == "préfecture de l'Aisne"


def test_a_partial_quote_after_another_s_reported_speech_is_not_the_earlier_speaker_s() -> None:
    text = (
        "« Nous servons mille repas », a déclaré Paul Vernier. Au centre, on indique que les "
        "bénévoles manquent. Le centre parvient à toucher « la plupart des familles »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la plupart des familles") != "Paul Vernier"


def test_a_sentence_opening_on_a_body_s_noun_alone_puts_that_body_forward() -> None:
    text = (
        "« Les routes rouvrent lundi », a indiqué le ministère de la Mer. Les pêcheurs restent "
        "inquiets. Paul Vernier, un patron, réclame des aides. Le ministère rappelle ses "
        "engagements : « Tout sera versé en juin », a-t-il assuré."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "Tout sera versé") == "ministère de la Mer"


def test_a_pronoun_with_no_person_goes_to_a_body_whose_noun_has_its_gender() -> None:
    text = (
        "Dans un avis publié mardi, l'Agence nationale des forêts (ANF) a voulu rassurer. "
        "Si elle admet que « des coupes ont eu lieu », elle juge « la forêt en bonne santé »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "la forêt en bonne santé") == "Agence nationale des forêts"


def test_a_body_named_after_a_preposition_is_not_a_pronoun_s_antecedent() -> None:
    text = (
        "Le magazine, édité par l'Institut des loisirs (IDL), publie une enquête. Il "
        "rappelle que « le vélo est un sport complet »."
    )
    _, quotes, _ = read(text, "fr")
    assert speaker_of(quotes, "le vélo est un sport complet") != "Institut des loisirs"
