from flask import Flask

app = Flask(__name__)
app.config.from_prefixed_env()
app.config.update(
    SESSION_COOKIE_NAME="shop_session",
    SESSION_COOKIE_HTTPONLY=False,  # cg-expect: CWE-614
    SESSION_COOKIE_SECURE=True,
)
