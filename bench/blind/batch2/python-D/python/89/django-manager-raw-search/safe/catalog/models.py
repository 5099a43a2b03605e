from django.db import models


class ProductManager(models.Manager):
    def search(self, term: str, category_id: int):
        sql = (
            "SELECT id, name, price, category_id FROM catalog_product "
            "WHERE category_id = %s AND name ILIKE %s ORDER BY name"
        )
        return self.raw(sql, [category_id, "%" + term + "%"])


class Product(models.Model):
    name = models.CharField(max_length=200)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    category_id = models.IntegerField(db_index=True)

    objects = ProductManager()
