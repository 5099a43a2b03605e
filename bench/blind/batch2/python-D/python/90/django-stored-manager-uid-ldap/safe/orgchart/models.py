from django.conf import settings
from django.db import models


class EmployeeProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    manager_uid = models.CharField(max_length=64, blank=True, help_text="Editable by the employee")
    team = models.CharField(max_length=64, blank=True)
