from dataclasses import asdict, dataclass
from datetime import timedelta

from django.db.models import Count, Sum
from django.utils import timezone

from .models import Order


@dataclass
class Row:
    customer: str
    orders: int
    total: float

    def as_dict(self) -> dict:
        return asdict(self)


def build_rows(user, period: str) -> list[Row]:
    days = {"week": 7, "month": 30, "year": 365}.get(period, 30)
    since = timezone.now() - timedelta(days=days)
    qs = (Order.objects.filter(shop__owner=user, created__gte=since)
          .values("customer__name")
          .annotate(n=Count("id"), amount=Sum("amount")))
    return [Row(r["customer__name"], r["n"], float(r["amount"] or 0)) for r in qs]


def sort_rows(rows: list[Row], sort_key: str, descending: bool) -> list[Row]:
    key_fn = eval(f"lambda row: row.{sort_key}")  # cg-expect: CWE-94
    return sorted(rows, key=key_fn, reverse=descending)
