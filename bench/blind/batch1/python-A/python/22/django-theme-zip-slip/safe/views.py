from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .themes import install_theme


@login_required
@require_POST
def upload_theme(request):
    archive = request.FILES.get("theme")
    if archive is None or not archive.name.endswith(".zip"):
        return HttpResponseBadRequest("upload a .zip theme package")
    try:
        files = install_theme(archive, request.user.pk, request.POST.get("slug", ""))
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    return JsonResponse({"installed": files})
