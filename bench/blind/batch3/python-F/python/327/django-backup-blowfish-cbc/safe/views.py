from django.contrib.auth.decorators import login_required
from django.http import HttpResponse

from .exporter import encrypt_export


@login_required
def download_export(request):
    payload = {"username": request.user.username, "email": request.user.email, "orders": []}
    resp = HttpResponse(encrypt_export(payload), content_type="application/octet-stream")
    resp["Content-Disposition"] = 'attachment; filename="export.bin"'
    return resp
