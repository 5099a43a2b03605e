from django.core import signing
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

from .tracking import record_click

_signer = signing.Signer(salt="ad-click")


def ad_click(request, ad_id):
    record_click(ad_id, request.META.get("REMOTE_ADDR"))
    try:
        target = _signer.unsign(request.GET.get("target", ""))
    except signing.BadSignature:
        return HttpResponseBadRequest("invalid target")
    return redirect(target)
