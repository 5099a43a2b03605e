from django.shortcuts import render

from .catalog import CatalogStore

store = CatalogStore()


def deals(request):
    max_price = request.GET.get("max_price", "100")
    brand = request.GET.get("brand")
    products = store.under_price(max_price, brand)
    return render(request, "shop/deals.html", {"products": products, "max_price": max_price})
