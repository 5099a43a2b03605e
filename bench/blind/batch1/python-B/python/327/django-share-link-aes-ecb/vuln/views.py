import time

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .models import Document
from .sharing import codec


@login_required
def create_share(request, doc_id: int):
    doc = get_object_or_404(Document, pk=doc_id, owner=request.user)
    perm = "edit" if request.POST.get("perm") == "edit" else "view"
    token = codec.encode(doc.pk, perm, int(time.time()) + 7 * 86400)
    return JsonResponse({"url": request.build_absolute_uri(reverse("shared", args=[token]))})


def shared(request, token: str):
    try:
        claims = codec.decode(token)
    except (ValueError, KeyError):
        raise Http404
    if claims["exp"] < time.time():
        raise Http404
    doc = get_object_or_404(Document, pk=claims["doc"])
    if claims["perm"] == "edit":
        request.session["edit_doc"] = doc.pk
    return FileResponse(doc.file.open("rb"), filename=doc.filename)
