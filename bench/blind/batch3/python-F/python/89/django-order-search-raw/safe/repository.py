from django.db import connection


def find_orders(user_id, status):
    with connection.cursor() as cursor:
        sql = (
            "SELECT id, total, status FROM shop_order "
            "WHERE customer_id = %s AND status = %s ORDER BY created DESC"
        )
        cursor.execute(sql, [user_id, status])
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, r)) for r in cursor.fetchall()]
