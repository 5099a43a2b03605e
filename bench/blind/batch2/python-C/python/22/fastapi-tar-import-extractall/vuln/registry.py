import json
from pathlib import Path

from themes import THEMES_DIR


def installed_themes() -> list[dict]:
    themes = []
    for entry in sorted(THEMES_DIR.iterdir()):
        manifest = entry / "theme.json"
        if manifest.is_file():
            data = json.loads(manifest.read_text(encoding="utf-8"))
            themes.append({"id": entry.name, "name": data.get("name", entry.name)})
    return themes


def theme_exists(theme_id: str) -> bool:
    return theme_id.isalnum() and (THEMES_DIR / theme_id).is_dir()
