from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .storage import save_document


@login_required
@require_POST
def upload_document(request, project_id):
    upload = request.FILES["document"]
    if upload.size > 20 * 1024 * 1024:
        return JsonResponse({"error": "too large"}, status=413)
    rel_path = save_document(project_id, upload)
    return JsonResponse({"path": rel_path}, status=201)
