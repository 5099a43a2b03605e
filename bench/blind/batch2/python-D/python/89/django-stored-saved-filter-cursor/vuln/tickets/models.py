from django.conf import settings
from django.db import models


class SavedFilter(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=80)
    label = models.CharField(max_length=80)


class Ticket(models.Model):
    title = models.CharField(max_length=200)
    label = models.CharField(max_length=80, db_index=True)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
