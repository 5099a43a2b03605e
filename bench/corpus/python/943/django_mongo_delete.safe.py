from django.http import JsonResponse
from pymongo import MongoClient

sessions = MongoClient("mongodb://db:27017").auth.sessions


def _token_from(request):
    return request.POST.get("token")


def revoke(request):
    token = str(_token_from(request))
    owner = str(request.POST.get("owner"))
    result = sessions.delete_many({"token": token, "owner": owner})
    return JsonResponse({"revoked": result.deleted_count})
