import json

from django.http import JsonResponse
from pymongo import MongoClient

sessions = MongoClient("mongodb://db:27017").auth.sessions


def _body(request):
    return json.loads(request.body or b"{}")


def revoke(request):
    token = _body(request).get("token")
    owner = _body(request).get("owner")
    result = sessions.delete_many({"token": token, "owner": owner})  # cg-expect: CWE-943
    return JsonResponse({"revoked": result.deleted_count})
