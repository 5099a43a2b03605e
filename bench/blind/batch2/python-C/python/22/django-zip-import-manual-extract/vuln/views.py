from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .bundles import import_bundle


@require_POST
def upload_bundle(request, project_id):
    bundle = request.FILES.get("bundle")
    if bundle is None or not bundle.name.endswith(".zip"):
        return JsonResponse({"error": "zip file required"}, status=400)
    written = import_bundle(project_id, bundle)
    return JsonResponse({"files": written})
