from .models import Restaurant


def top_restaurants(city: str, min_rating) -> list[dict]:
    qs = Restaurant.objects.filter(city__iexact=city)
    qs = qs.extra(where=[f"avg_rating >= {min_rating}"])  # cg-expect: CWE-89
    return list(qs.values("id", "name", "avg_rating")[:25])
