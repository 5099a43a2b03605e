from django.http import JsonResponse, Http404
from django.shortcuts import get_object_or_404
from .models import Document
from .s3store import presign_download


def document_link(request, pk):
    doc = get_object_or_404(Document, pk=pk, owner=request.user)
    if not doc.s3_key:
        raise Http404()
    return JsonResponse({"url": presign_download(doc.s3_key)})
