from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .attachments import store_attachment


@login_required
@require_POST
def upload_attachment(request, ticket_id):
    f = request.FILES["file"]
    save_as = request.POST.get("save_as") or f.name
    stored = store_attachment(ticket_id, f, save_as)
    return JsonResponse({"stored": stored}, status=201)
