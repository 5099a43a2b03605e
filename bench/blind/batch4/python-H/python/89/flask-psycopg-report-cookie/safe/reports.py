import psycopg2
import psycopg2.extras

DSN = "dbname=sales user=reporter host=localhost"


def sales_by_region(region: str) -> list[dict]:
    with psycopg2.connect(DSN) as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute("SELECT month, SUM(amount) AS total FROM sales WHERE region = %s GROUP BY month", (region,))
        return cur.fetchall()
