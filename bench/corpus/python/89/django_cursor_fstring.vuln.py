from django.db import connection
from django.http import JsonResponse


def _top_customers(country, limit):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT name, spend FROM customers WHERE country = '{country}' ORDER BY spend DESC LIMIT {limit}")  # cg-expect: CWE-89
        return cursor.fetchall()


def top_customers(request):
    rows = _top_customers(request.GET.get("country", "FR"), int(request.GET.get("limit", 10)))
    return JsonResponse({"customers": rows})
