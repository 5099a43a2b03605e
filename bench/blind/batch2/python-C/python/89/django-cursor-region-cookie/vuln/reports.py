from django.db import connection

TOP_SQL = """
    SELECT s.id, s.name, SUM(o.total) AS revenue
    FROM stores s JOIN orders o ON o.store_id = s.id
    WHERE s.region = %s
    GROUP BY s.id, s.name
    ORDER BY revenue DESC
    LIMIT %s
"""


def top_stores(region: str, limit: int):
    with connection.cursor() as cur:
        cur.execute(TOP_SQL % ("'" + region + "'", limit))  # cg-expect: CWE-89
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
