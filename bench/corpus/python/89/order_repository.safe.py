import psycopg2


class OrderRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def _order_clause(self, sort_by):
        allowed = {"created_at": "created_at", "total": "total"}
        return " ORDER BY " + allowed.get(sort_by, "created_at")

    def list_for_customer(self, customer_id, sort_by="created_at"):
        query = "SELECT id, total FROM orders WHERE customer_id = %s"
        query += self._order_clause(sort_by)
        with self.conn.cursor() as cur:
            cur.execute(query, (customer_id,))
            return cur.fetchall()


def orders_view(request, repo: OrderRepository):
    return repo.list_for_customer(request.GET["customer"], request.GET.get("sort", "created_at"))
