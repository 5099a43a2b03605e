from django.db import models


class Photo(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    original_name = models.CharField(max_length=255)  # client-supplied upload name
    uploaded_at = models.DateTimeField(auto_now_add=True)
