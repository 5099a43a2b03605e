from pathlib import Path

THEMES = Path("/srv/app/static/themes")

def theme_file(name: str):
    path = (THEMES / name / "theme.css").resolve()
    if not path.is_relative_to(THEMES.resolve()):
        return None
    return path if path.exists() else None
