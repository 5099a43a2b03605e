from django.db import models

SORTABLE = {"created_at", "total", "due_date"}

class InvoiceManager(models.Manager):
    def listing(self, owner_id: int, sort: str):
        sql = f"SELECT * FROM billing_invoice WHERE owner_id = %s ORDER BY {sort}"
        return list(self.raw(sql, [owner_id]))  # cg-expect: CWE-89

class Invoice(models.Model):
    owner_id = models.IntegerField()
    total = models.DecimalField(max_digits=10, decimal_places=2)
    due_date = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    objects = InvoiceManager()
