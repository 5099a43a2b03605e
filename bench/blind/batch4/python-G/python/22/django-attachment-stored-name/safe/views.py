from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from .models import Attachment
from .files import open_attachment


def download(request, pk):
    att = get_object_or_404(Attachment, pk=pk, ticket__owner=request.user)
    try:
        fh = open_attachment(att.stored_name)
    except (FileNotFoundError, PermissionError):
        raise Http404()
    return FileResponse(fh, as_attachment=True, filename=att.display_name)
