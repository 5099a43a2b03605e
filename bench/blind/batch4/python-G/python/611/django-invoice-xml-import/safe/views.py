from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .importer import parse_invoice


@require_POST
def import_invoice(request):
    upload = request.FILES.get("invoice")
    if upload is None:
        return JsonResponse({"error": "missing file"}, status=400)
    data = parse_invoice(upload.read())
    return JsonResponse(data)
