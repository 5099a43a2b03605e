from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Invoice
from .storage import presigned_download, upload_invoice_pdf


@permission_required("billing.add_invoice")
@require_POST
def upload_invoice(request, customer_id: int):
    pdf = request.FILES.get("pdf")
    if pdf is None or pdf.size > 5 * 1024 * 1024:
        return HttpResponseBadRequest("PDF missing or too large")
    key = upload_invoice_pdf(customer_id, pdf, pdf.name)
    invoice = Invoice.objects.create(customer_id=customer_id, s3_key=key, uploaded_by=request.user)
    return JsonResponse({"invoice": invoice.pk}, status=201)


@login_required
def download_invoice(request, invoice_id: int):
    invoice = get_object_or_404(Invoice, pk=invoice_id, customer__users=request.user)
    return HttpResponseRedirect(presigned_download(invoice.s3_key))
