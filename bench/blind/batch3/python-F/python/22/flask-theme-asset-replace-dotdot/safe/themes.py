import os

from werkzeug.security import safe_join

THEMES_ROOT = "/srv/app/themes"


def resolve_asset(theme: str, name: str):
    theme_dir = safe_join(THEMES_ROOT, theme, "assets")
    if theme_dir is None:
        return None
    path = safe_join(theme_dir, name)
    if path is None:
        return None
    return path if os.path.isfile(path) else None
