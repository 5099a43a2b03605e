from django.http import JsonResponse

from .analytics import filter_sales


def sales_report(request):
    column = request.GET.get("column", "region")
    value = request.GET.get("value", "")
    expr = request.GET.get("where")
    try:
        rows = filter_sales(column, value, expr)
    except (KeyError, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"rows": rows})
