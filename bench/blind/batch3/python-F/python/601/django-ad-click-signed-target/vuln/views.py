from django.core import signing
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

from .tracking import record_click

_signer = signing.Signer(salt="ad-click")


def ad_click(request, ad_id):
    record_click(ad_id, request.META.get("REMOTE_ADDR"))
    target = request.GET.get("target", "/")
    return redirect(target)  # cg-expect: CWE-601
