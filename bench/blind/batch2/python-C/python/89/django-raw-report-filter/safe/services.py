from .models import Order


class OrderReportService:
    def __init__(self, user):
        self.user = user

    def orders_with_status(self, status: str):
        table = Order._meta.db_table
        query = f"SELECT * FROM {table} WHERE owner_id = %s AND status = %s ORDER BY created DESC"
        return list(Order.objects.raw(query, [self.user.id, status]))
