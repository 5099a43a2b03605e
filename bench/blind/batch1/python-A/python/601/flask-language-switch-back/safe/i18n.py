from flask import Flask, request
from flask_babel import Babel

from app import SUPPORTED, app

DEFAULT_LOCALE = "en"


def select_locale() -> str:
    cookie = request.cookies.get("lang")
    if cookie in SUPPORTED:
        return cookie
    return request.accept_languages.best_match(sorted(SUPPORTED)) or DEFAULT_LOCALE


def init_i18n(flask_app: Flask) -> Babel:
    flask_app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)
    return Babel(flask_app, locale_selector=select_locale)


babel = init_i18n(app)


@app.context_processor
def inject_languages():
    return {"languages": sorted(SUPPORTED), "current_language": select_locale()}
