from django.db import connection


def search_orders(owner_id, status, customer):
    with connection.cursor() as cur:
        sql = (
            "SELECT id, customer, total FROM shop_order "
            f"WHERE owner_id = {int(owner_id)} AND status = '{status}' "
            f"AND customer LIKE '%{customer}%' ORDER BY id DESC"
        )
        cur.execute(sql)  # cg-expect: CWE-89
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
