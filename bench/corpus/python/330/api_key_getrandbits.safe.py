import secrets


def generate_api_key():
    raw = secrets.randbits(128)
    return f"key_{raw:032x}"


def create_key_view(request):
    key = generate_api_key()
    request.user.api_keys.create(value=key)
    return {"api_key": key}
