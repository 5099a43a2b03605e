from django.http import JsonResponse

from .models import Invoice


def invoices_by_status(request):
    status = request.GET.get("status", "open")
    year = request.GET.get("year", "2024")
    sql = "SELECT * FROM billing_invoice WHERE status = %s AND year = %s"
    invoices = Invoice.objects.raw(sql, [status, year])
    return JsonResponse({"ids": [inv.id for inv in invoices]})
