import os

from werkzeug.security import safe_join

THEMES_ROOT = "/srv/app/themes"


def resolve_asset(theme: str, name: str):
    theme = theme.replace("../", "")
    name = name.replace("../", "")
    path = os.path.join(THEMES_ROOT, theme, "assets", name)
    return path if os.path.isfile(path) else None
