"""Answers saved as shown, for "Share in channel": read back whole, forgotten after a day."""

from __future__ import annotations

from datetime import timedelta

from storage.answers import ANSWER_LIFETIME
from storage.models import utcnow
from tests.builders import TEAM_ID


def test_an_answer_is_read_back_as_it_was_saved(store):
    payload = {"text": "Quotes by « Anna »", "blocks": [{"type": "header", "text": "é"}]}
    answer_id = store.save_answer(payload, article_ids=[7, 3, 7], user_id="U1", team_id=TEAM_ID)
    saved = store.saved_answer(answer_id)
    assert saved.payload == payload
    assert saved.article_ids == (3, 7)
    assert saved.user_id == "U1"
    assert store.saved_answer("not-an-id") is None


def test_answers_expire_after_a_day_and_are_pruned(store):
    answer_id = store.save_answer({"text": "x", "blocks": []}, article_ids=[], team_id=TEAM_ID)
    later = utcnow() + ANSWER_LIFETIME + timedelta(minutes=1)
    assert store.saved_answer(answer_id, now=later) is None
    assert store.saved_answer(answer_id) is not None
    assert store.forget_answers(later) == 1
    assert store.saved_answer(answer_id) is None


def test_two_answers_never_share_an_id(store):
    ids = {
        store.save_answer({"text": str(i), "blocks": []}, article_ids=[], team_id=TEAM_ID)
        for i in range(50)
    }
    assert len(ids) == 50
