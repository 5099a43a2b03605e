from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Product


def product_search(request):
    term = request.GET.get("q", "").strip()
    try:
        category_id = int(request.GET.get("cat", "1"))
    except ValueError:
        category_id = 1
    results = list(Product.objects.search(term, category_id)) if term else []
    page = Paginator(results, 25).get_page(request.GET.get("page"))
    return render(request, "catalog/search.html", {"page": page, "q": term})
