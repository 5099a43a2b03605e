import re
from django.http import JsonResponse, HttpResponseBadRequest
from .carrier import tracking

NUMBER_RE = re.compile(r"^[A-Z0-9]{8,30}$")


def track(request, number):
    if not NUMBER_RE.match(number):
        return HttpResponseBadRequest("bad tracking number")
    return JsonResponse(tracking(number))
