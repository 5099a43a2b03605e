from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=256)
    joined = models.DateTimeField(auto_now_add=True)
