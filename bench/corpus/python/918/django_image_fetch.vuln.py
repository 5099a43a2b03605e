import requests
from django.core.files.base import ContentFile
from django.http import JsonResponse


def _download(src):
    return requests.get(src, stream=False, timeout=10).content  # cg-expect: CWE-918


def import_avatar(request):
    source = request.POST.get("image_url")
    data = _download(source)
    request.user.profile.avatar.save("avatar.png", ContentFile(data))
    return JsonResponse({"ok": True})
