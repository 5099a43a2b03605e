from .models import Store


def stores_in_region(region: str, open_only: bool) -> list[dict]:
    qs = Store.objects.all()
    if open_only:
        qs = qs.filter(is_open=True)
    qs = qs.extra(where=[f"UPPER(region_code) = UPPER('{region}')"])  # cg-expect: CWE-89
    return list(qs.values("id", "name", "city")[:100])
