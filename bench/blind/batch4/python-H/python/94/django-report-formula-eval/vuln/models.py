from django.db import models


class SavedReport(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    title = models.CharField(max_length=120)
    formula = models.CharField(max_length=500)  # entered by the user in the report builder
