from django.db import connection


def search_orders(owner_id, status, customer):
    with connection.cursor() as cur:
        sql = (
            "SELECT id, customer, total FROM shop_order "
            "WHERE owner_id = %s AND status = %s "
            "AND customer LIKE %s ORDER BY id DESC"
        )
        cur.execute(sql, [owner_id, status, f"%{customer}%"])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
