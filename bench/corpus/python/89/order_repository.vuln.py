import psycopg2


class OrderRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def _order_clause(self, sort_by):
        return f" ORDER BY {sort_by}"

    def list_for_customer(self, customer_id, sort_by="created_at"):
        query = f"SELECT id, total FROM orders WHERE customer_id = {customer_id}"
        query += self._order_clause(sort_by)
        with self.conn.cursor() as cur:
            cur.execute(query)  # cg-expect: CWE-89
            return cur.fetchall()


def orders_view(request, repo: OrderRepository):
    return repo.list_for_customer(request.GET["customer"], request.GET.get("sort", "created_at"))
