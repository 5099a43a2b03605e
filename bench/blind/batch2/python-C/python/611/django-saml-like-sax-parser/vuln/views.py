from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .metadata import parse_metadata


@csrf_exempt
@require_POST
def import_idp_metadata(request):
    if request.content_type not in ("application/xml", "text/xml"):
        return JsonResponse({"error": "xml expected"}, status=415)
    info = parse_metadata(request.body)
    return JsonResponse(info)
