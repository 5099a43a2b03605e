from .models import Restaurant


def top_restaurants(city: str, min_rating) -> list[dict]:
    qs = Restaurant.objects.filter(city__iexact=city)
    qs = qs.extra(where=["avg_rating >= %s"], params=[min_rating])
    return list(qs.values("id", "name", "avg_rating")[:25])
