from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from invoices.models import Invoice

from .spool import make_spooler


@login_required
@require_POST
def print_invoice(request, invoice_id):
    invoice = get_object_or_404(Invoice, pk=invoice_id, account=request.user.account)
    printer = request.headers.get("X-Printer", "front-desk")
    spool = make_spooler(printer, copies=int(request.POST.get("copies", "1")))
    job = spool(invoice.pdf.path)
    return JsonResponse({"job": job})
