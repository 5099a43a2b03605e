import os

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods, require_POST

from .models import Attachment


@login_required
@require_POST
def upload_attachment(request, ticket_id):
    upload = request.FILES.get("file")
    if upload is None or upload.size > 20 * 1024 * 1024:
        return HttpResponseBadRequest("file missing or larger than 20 MB")
    # the upload widget lets users rename the file before sending it
    name = request.POST.get("filename") or upload.name
    att = Attachment(ticket_id=ticket_id, uploaded_by=request.user, stored_name=name, size=upload.size)
    os.makedirs(att.folder, exist_ok=True)
    with open(os.path.join(att.folder, os.path.basename(name)), "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    att.save()
    return JsonResponse({"id": att.pk}, status=201)


@login_required
@require_http_methods(["DELETE"])
def delete_attachment(request, pk):
    att = get_object_or_404(Attachment, pk=pk, uploaded_by=request.user)
    if os.path.exists(att.disk_path):
        os.remove(att.disk_path)
    att.delete()
    return JsonResponse({"deleted": pk})
