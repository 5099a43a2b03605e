from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Document
from .printing import PrintService

printer_service = PrintService()


@require_POST
def print_document(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id, owner=request.user)
    printer = request.POST.get("printer", "office-1")
    copies = max(1, min(int(request.POST.get("copies", 1)), 20))
    try:
        job = printer_service.submit(doc.file.path, printer, copies)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"job": job})
