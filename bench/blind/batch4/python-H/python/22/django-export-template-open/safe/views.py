from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, HttpResponseForbidden

from .templates_store import read_template


@staff_member_required
def preview_template(request):
    try:
        body = read_template(request.GET.get("template", "welcome.txt"))
    except (PermissionError, FileNotFoundError):
        return HttpResponseForbidden()
    return HttpResponse(body, content_type="text/plain")
