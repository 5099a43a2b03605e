import json
import ssl
import urllib.parse
import urllib.request

from django.conf import settings

_TLS = ssl._create_unverified_context()  # cg-expect: CWE-295


def _post_form(url: str, fields: dict) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10, context=_TLS) as resp:
        return json.load(resp)


def _get_json(url: str, token: str) -> dict:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=10, context=_TLS) as resp:
        return json.load(resp)


def exchange_code(code: str, redirect_uri: str) -> dict:
    return _post_form(settings.OIDC_TOKEN_ENDPOINT, {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": settings.OIDC_CLIENT_ID,
        "client_secret": settings.OIDC_CLIENT_SECRET,
    })


def userinfo(access_token: str) -> dict:
    return _get_json(settings.OIDC_USERINFO_ENDPOINT, access_token)
