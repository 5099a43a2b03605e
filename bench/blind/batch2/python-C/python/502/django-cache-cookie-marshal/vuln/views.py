from django.shortcuts import get_object_or_404, render

from .history import read_history, write_history
from .models import Product


def product_detail(request, product_id):
    product = get_object_or_404(Product, pk=product_id)
    history = read_history(request)
    history = [product.id] + [h for h in history if h != product.id][:9]
    resp = render(request, "shop/product.html", {"product": product, "recent": Product.objects.filter(id__in=history)})
    write_history(resp, history)
    return resp
