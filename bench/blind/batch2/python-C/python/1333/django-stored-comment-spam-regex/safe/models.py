from django.db import models


class Comment(models.Model):
    article_id = models.PositiveIntegerField(db_index=True)
    body = models.TextField()
    status = models.CharField(max_length=10, default="pending")
    created = models.DateTimeField(auto_now_add=True)
