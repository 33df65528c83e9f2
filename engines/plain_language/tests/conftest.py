import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    """Return the seed documents and the labelled sentences, a realistic corpus."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    labelled = HERE / "labelled" / "sentences.jsonl"
    if labelled.exists():
        lines = labelled.read_text(encoding="utf-8").splitlines()
        texts.append("\n\n".join(json.loads(line)["text"] for line in lines if line.strip()))
    return texts
