from decimal import Decimal
from .models import CartItem

def cart_total(user) -> Decimal:
    return sum((i.product.price * i.quantity for i in CartItem.objects.filter(user=user).select_related("product")), Decimal("0"))
