from django.conf import settings
from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=100)  # chosen by whoever creates the team
    slug = models.SlugField(unique=True)


class Membership(models.Model):
    ROLES = [("owner", "Owner"), ("admin", "Admin"), ("member", "Member")]
    team = models.ForeignKey(Team, related_name="memberships", on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(max_length=10, choices=ROLES, default="member")
