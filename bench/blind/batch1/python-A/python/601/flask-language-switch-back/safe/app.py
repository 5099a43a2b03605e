from urllib.parse import urlsplit

from flask import Flask, abort, make_response, redirect, request

app = Flask(__name__)

SUPPORTED = {"en", "de", "fr", "es", "pt"}


def back_target() -> str:
    # explicit ?back= wins, otherwise go back where the user came from; only same-site targets
    candidate = request.args.get("back") or request.referrer or "/"
    parts = urlsplit(candidate.replace("\\", "/"))
    if parts.netloc and parts.netloc != request.host:
        return "/"
    if parts.scheme and parts.scheme not in ("http", "https"):
        return "/"
    path = parts.path if parts.path.startswith("/") and not parts.path.startswith("//") else "/"
    return path + (f"?{parts.query}" if parts.query else "")


@app.get("/i18n/<lang>")
def switch_language(lang: str):
    if lang not in SUPPORTED:
        abort(404)
    resp = make_response(redirect(back_target(), code=303))
    resp.set_cookie("lang", lang, max_age=60 * 60 * 24 * 365, samesite="Lax", secure=True)
    return resp
