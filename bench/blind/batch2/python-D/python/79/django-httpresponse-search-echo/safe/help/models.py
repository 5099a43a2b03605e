from django.db import models
from django.urls import reverse


class Article(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    body = models.TextField()
    published = models.BooleanField(default=False)
    updated = models.DateTimeField(auto_now=True)

    def get_absolute_url(self):
        return reverse("help:article", args=[self.slug])
