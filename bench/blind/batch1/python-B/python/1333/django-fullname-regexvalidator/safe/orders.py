import secrets

from django.db import transaction

from .models import GuestOrder, OrderLine, Product


@transaction.atomic
def place_guest_order(basket: dict, data: dict) -> GuestOrder:
    order = GuestOrder.objects.create(
        reference=secrets.token_hex(5).upper(),
        full_name=data["full_name"],
        email=data["email"],
        address=f'{data["address_line1"]}\n{data.get("address_line2", "")}'.strip(),
        postcode=data["postcode"],
        country=data["country"],
    )
    for product_id, qty in basket.items():
        product = Product.objects.select_for_update().get(pk=int(product_id))
        OrderLine.objects.create(order=order, product=product, quantity=int(qty), unit_price=product.price)
    return order
