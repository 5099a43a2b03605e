from dataclasses import dataclass

from flask_login import UserMixin
from werkzeug.security import check_password_hash


@dataclass
class User(UserMixin):
    id: str
    email: str
    password_hash: str


_USERS: dict[str, User] = {}


def authenticate(email: str, password: str) -> User | None:
    user = _USERS.get(email.lower())
    if user and check_password_hash(user.password_hash, password):
        return user
    return None
