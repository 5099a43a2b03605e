import yaml
from django.http import JsonResponse


def import_settings(request):
    upload = request.FILES["settings"]
    text = upload.read().decode("utf-8")
    settings = yaml.load(text, Loader=yaml.Loader)  # cg-expect: CWE-502
    request.user.profile.apply(settings)
    return JsonResponse({"keys": sorted(settings)})
