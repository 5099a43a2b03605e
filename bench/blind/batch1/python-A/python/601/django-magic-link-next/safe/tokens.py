from django.contrib.auth import get_user_model
from django.core import signing

MAGIC_SALT = "accounts.magic-link"
MAX_AGE = 15 * 60


def make_magic_token(user) -> str:
    return signing.dumps({"uid": user.pk}, salt=MAGIC_SALT)


def load_magic_token(token: str):
    data = signing.loads(token, salt=MAGIC_SALT, max_age=MAX_AGE)
    return get_user_model().objects.filter(pk=data["uid"]).first()
