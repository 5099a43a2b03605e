import json
import os

from flask import Blueprint, abort, jsonify

THEMES_DIR = "/opt/cms/themes"
bp = Blueprint("themes", __name__)


def installed_themes() -> list[str]:
    return sorted(
        name for name in os.listdir(THEMES_DIR)
        if name.isidentifier() and os.path.isfile(os.path.join(THEMES_DIR, name, "theme.json"))
    )


@bp.get("/themes")
def list_themes():
    return jsonify(installed_themes())


@bp.get("/themes/<theme>/manifest")
def theme_manifest(theme: str):
    if theme not in installed_themes():
        abort(404)
    with open(os.path.join(THEMES_DIR, theme, "theme.json"), encoding="utf-8") as fh:
        return jsonify(json.load(fh))
