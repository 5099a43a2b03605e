from .models import Order


class OrderReportService:
    def __init__(self, user):
        self.user = user

    def orders_with_status(self, status: str):
        table = Order._meta.db_table
        query = f"SELECT * FROM {table} WHERE owner_id = {self.user.id} AND status = '{status}' ORDER BY created DESC"
        return list(Order.objects.raw(query))  # cg-expect: CWE-89
