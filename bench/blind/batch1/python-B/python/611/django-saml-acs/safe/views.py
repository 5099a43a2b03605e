import base64
import binascii

from django.contrib.auth import login
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .saml import SamlError, parse_response
from .users import user_for_assertion


@csrf_exempt
@require_POST
def assertion_consumer(request):
    encoded = request.POST.get("SAMLResponse", "")
    try:
        xml_bytes = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return HttpResponseBadRequest("invalid encoding")

    try:
        assertion = parse_response(xml_bytes)
    except SamlError as exc:
        return HttpResponseBadRequest(str(exc))

    user = user_for_assertion(assertion)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return HttpResponseRedirect("/dashboard/")
