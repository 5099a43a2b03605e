import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .ldap_client import lookup_colleagues


@login_required
@require_POST
def colleague_lookup(request):
    try:
        body = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid JSON")
    emails = body.get("emails")
    if not isinstance(emails, list) or not 1 <= len(emails) <= 20:
        return HttpResponseBadRequest("emails must be a list of 1-20 addresses")
    people = lookup_colleagues([str(e) for e in emails], request.user.profile.company_ou)
    return JsonResponse({"people": people})
