from django.db import connection


def find_orders(user_id, status):
    with connection.cursor() as cursor:
        sql = (
            "SELECT id, total, status FROM shop_order "
            "WHERE customer_id = %d AND status = '%s' ORDER BY created DESC" % (user_id, status)
        )
        cursor.execute(sql)  # cg-expect: CWE-89
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, r)) for r in cursor.fetchall()]
