import json
import re
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locales"
LOCALE_RE = re.compile(r"^[a-z]{2}(?:-[A-Z]{2})?$")


@lru_cache(maxsize=64)
def load_messages(locale: str) -> dict:
    path = LOCALE_DIR / f"{locale}.json"
    if not path.is_file():
        path = LOCALE_DIR / "en.json"
    return json.loads(path.read_text(encoding="utf-8"))  # cg-expect: CWE-22
