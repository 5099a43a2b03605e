from django.db import connection
from django.http import JsonResponse


def db_health(request):
    with connection.cursor() as cur:
        cur.execute("SELECT 1")
        ok = cur.fetchone() == (1,)
    return JsonResponse({"database": "ok" if ok else "degraded"})
