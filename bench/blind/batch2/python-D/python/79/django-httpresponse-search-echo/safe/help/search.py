from django.db.models import Q

from .models import Article


def search_articles(term: str, limit: int = 20) -> list[dict]:
    if not term:
        return []
    qs = (
        Article.objects.filter(published=True)
        .filter(Q(title__icontains=term) | Q(body__icontains=term))
        .order_by("-updated")[:limit]
    )
    return [{"url": a.get_absolute_url(), "title": a.title} for a in qs]
