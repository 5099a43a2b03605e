import os
import tempfile

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from .models import Invoice
from .pdf import html_to_pdf


@login_required
@require_POST
def export_invoice(request, invoice_id):
    invoice = get_object_or_404(Invoice, pk=invoice_id, owner=request.user)
    paper = request.POST.get("paper", "A4")
    orientation = request.POST.get("orientation", "Portrait")
    if orientation not in ("Portrait", "Landscape"):
        return HttpResponseBadRequest("bad orientation")
    html = render_to_string("billing/invoice.html", {"invoice": invoice})
    workdir = tempfile.mkdtemp(prefix="inv-")
    src = os.path.join(workdir, "invoice.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    pdf_path = html_to_pdf(src, paper=paper, orientation=orientation)
    return FileResponse(open(pdf_path, "rb"), as_attachment=True,
                        filename=f"invoice-{invoice.number}.pdf")
