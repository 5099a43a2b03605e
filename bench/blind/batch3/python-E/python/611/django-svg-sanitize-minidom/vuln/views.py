from django.http import JsonResponse
from .svg import SvgInspector

def inspect_svg(request):
    upload = request.FILES["image"]
    info = SvgInspector().inspect(upload.read())
    return JsonResponse(info)
