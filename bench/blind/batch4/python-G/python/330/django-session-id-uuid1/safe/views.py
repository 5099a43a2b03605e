from django.contrib.auth import authenticate, login
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

from .remember import RememberMeIssuer

issuer = RememberMeIssuer()


@require_POST
def login_view(request):
    user = authenticate(request, username=request.POST.get("u"), password=request.POST.get("p"))
    if user is None:
        return HttpResponseBadRequest("bad credentials")
    login(request, user)
    resp = JsonResponse({"ok": True})
    if request.POST.get("remember") == "1":
        issuer.issue(resp, user)
    return resp
