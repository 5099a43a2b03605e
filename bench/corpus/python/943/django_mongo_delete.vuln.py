from django.http import JsonResponse
from pymongo import MongoClient

sessions = MongoClient("mongodb://db:27017").auth.sessions


def _token_from(request):
    return request.POST.get("token")


def revoke(request):
    token = _token_from(request)
    owner = request.POST.get("owner")
    result = sessions.delete_many({"token": token, "owner": owner})  # cg-expect: CWE-943
    return JsonResponse({"revoked": result.deleted_count})
