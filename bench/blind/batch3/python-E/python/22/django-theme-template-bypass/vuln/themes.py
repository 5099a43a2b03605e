from pathlib import Path

THEMES = Path("/srv/app/static/themes")

def theme_file(name: str):
    cleaned = name.replace("../", "")
    path = THEMES / cleaned / "theme.css"
    return path if path.exists() else None
