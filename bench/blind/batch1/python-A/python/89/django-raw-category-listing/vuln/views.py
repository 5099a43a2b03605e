from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Article

LISTING_SQL = """
    SELECT a.id, a.title, a.slug, a.published_at
    FROM blog_article a
    JOIN blog_category c ON c.id = a.category_id
    WHERE a.is_published AND c.slug = '%s'
    ORDER BY a.published_at DESC
"""


def category_listing(request, category_slug):
    tag = request.GET.get("tag")
    sql = LISTING_SQL % category_slug
    articles = list(Article.objects.raw(sql))  # cg-expect: CWE-89
    if tag:
        articles = [a for a in articles if a.tags.filter(name=tag).exists()]
    page = Paginator(articles, 10).get_page(request.GET.get("page"))
    return render(request, "blog/category.html", {"page": page, "category": category_slug})
