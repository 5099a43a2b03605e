from django.http import JsonResponse
from .directory import lookup_person

def person(request):
    uid = request.GET.get("uid", "")
    return JsonResponse({"entries": lookup_person(uid)})
