from django.db import connection
from django.http import JsonResponse


def _top_customers(country, limit):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, spend FROM customers WHERE country = %s ORDER BY spend DESC LIMIT %s", [country, limit])
        return cursor.fetchall()


def top_customers(request):
    rows = _top_customers(request.GET.get("country", "FR"), int(request.GET.get("limit", 10)))
    return JsonResponse({"customers": rows})
