from django.conf import settings
from django.db import models


class Delegation(models.Model):
    support_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    account_id = models.IntegerField(db_index=True)
    granted_by_customer = models.BooleanField(default=False)
    expires = models.DateTimeField()
