"""The shipped n-gram weights (index/ingest/data/spam_model.json) are what
`python -m bench.spam_model` writes from today's training lists: editing an advert or
news list without regenerating fails here, not silently at the next session."""

from __future__ import annotations

import json

from bench import spam_model as trainer
from index.ingest.spam_model import MODEL


def test_shipped_model_is_current_with_its_training_data() -> None:
    shipped = MODEL.read_text(encoding="utf-8")
    fresh = json.dumps(trainer.train(), ensure_ascii=False, indent=0) + "\n"
    assert shipped == fresh, "stale spam model: run python -m bench.spam_model"


def test_check_flag_reports_a_stale_model(tmp_path, monkeypatch, capsys) -> None:
    stale = tmp_path / "spam_model.json"
    stale.write_text('{"weights": {}}\n', encoding="utf-8")
    monkeypatch.setattr(trainer, "MODEL", stale)
    monkeypatch.setattr(trainer, "train", lambda: {"weights": {"回收": 3.0}})
    assert trainer.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().out
    assert stale.read_text(encoding="utf-8") == '{"weights": {}}\n'  # --check never writes
