from django.http import JsonResponse
from .reports import sales_rows, sort_rows


def sales_report(request):
    rows = sales_rows(request.user)
    key_expr = request.GET.get("sort", "row['date']")
    desc = request.GET.get("desc") == "1"
    try:
        rows = sort_rows(rows, key_expr, desc)
    except Exception:
        return JsonResponse({"error": "bad sort"}, status=400)
    return JsonResponse({"rows": rows})
