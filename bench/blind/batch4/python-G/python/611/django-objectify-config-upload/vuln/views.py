from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .xmlconf import load_config


@require_POST
def upload_config(request):
    f = request.FILES.get("config")
    if f is None:
        return JsonResponse({"error": "missing"}, status=400)
    return JsonResponse(load_config(f.read()))
