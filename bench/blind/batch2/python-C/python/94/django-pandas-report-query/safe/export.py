import csv

from django.http import HttpResponse

from .analytics import _load


def sales_csv(request):
    df = _load()
    resp = HttpResponse(content_type="text/csv")
    resp["Content-Disposition"] = 'attachment; filename="sales.csv"'
    df.to_csv(resp, index=False, quoting=csv.QUOTE_MINIMAL)
    return resp
