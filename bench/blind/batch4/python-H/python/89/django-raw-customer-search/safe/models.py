from django.db import models


class CustomerQuerySet(models.QuerySet):
    pass


class CustomerManager(models.Manager):
    def search_name(self, name: str):
        return self.raw("SELECT * FROM crm_customer WHERE name LIKE %s ORDER BY name", [f"%{name}%"])


class Customer(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField()
    objects = CustomerManager()
