from flask import Flask, abort, make_response, redirect, request

app = Flask(__name__)

SUPPORTED = {"en", "de", "fr", "es", "pt"}


def back_target() -> str:
    # explicit ?back= wins, otherwise go back where the user came from
    return request.args.get("back") or request.referrer or "/"


@app.get("/i18n/<lang>")
def switch_language(lang: str):
    if lang not in SUPPORTED:
        abort(404)
    resp = make_response(redirect(back_target(), code=303))  # cg-expect: CWE-601
    resp.set_cookie("lang", lang, max_age=60 * 60 * 24 * 365, samesite="Lax", secure=True)
    return resp
