from django.db.models import Count, Sum

from .models import Order


def revenue_by_month(user):
    return (Order.objects.filter(shop__owner=user)
            .values("created__year", "created__month")
            .annotate(total=Sum("amount")).order_by("created__year", "created__month"))


def orders_by_status(user):
    return Order.objects.filter(shop__owner=user).values("status").annotate(n=Count("id"))


REPORTS = {"revenue": revenue_by_month, "status": orders_by_status}
