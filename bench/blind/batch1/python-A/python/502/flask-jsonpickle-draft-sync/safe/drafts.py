import json
import os
from dataclasses import asdict, dataclass, field

DRAFT_DIR = "/var/lib/editor/drafts"


@dataclass
class Draft:
    title: str
    body: str
    tags: list[str] = field(default_factory=list)
    id: str = ""
    owner_id: int = 0


def save_draft(draft: Draft) -> None:
    path = os.path.join(DRAFT_DIR, f"{draft.owner_id}-{int(draft.id, 16):x}.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(asdict(draft), fh)
