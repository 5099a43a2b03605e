from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .importer import parse_products


@require_POST
def import_products(request):
    upload = request.FILES.get("file")
    if upload is None or upload.size > 5 * 1024 * 1024:
        return JsonResponse({"error": "file missing or too large"}, status=400)
    products = parse_products(upload.read())
    return JsonResponse({"count": len(products), "sample": products[:5]})
