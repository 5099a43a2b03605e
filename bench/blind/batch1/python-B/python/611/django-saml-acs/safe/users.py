from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from .signing import verify_enveloped_signature


def user_for_assertion(assertion: dict):
    if not verify_enveloped_signature(assertion["doc"]):
        raise PermissionDenied("bad signature")
    User = get_user_model()
    email = assertion["name_id"].strip().lower()
    user, _ = User.objects.get_or_create(username=email, defaults={"email": email})
    return user
