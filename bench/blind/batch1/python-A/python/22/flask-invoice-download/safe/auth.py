import os
from dataclasses import dataclass

import psycopg
from flask_login import LoginManager, UserMixin

login_manager = LoginManager()
login_manager.login_view = "login"


@dataclass
class User(UserMixin):
    id: str
    email: str
    account_id: int


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        row = conn.execute(
            "SELECT id, email, account_id FROM users WHERE id = %s AND active", (user_id,)
        ).fetchone()
    return User(str(row[0]), row[1], row[2]) if row else None


def init_auth(app) -> None:
    app.secret_key = os.environ["SECRET_KEY"]
    login_manager.init_app(app)
