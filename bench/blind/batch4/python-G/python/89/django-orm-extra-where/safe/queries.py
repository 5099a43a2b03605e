from .models import Store


def stores_in_region(region: str, open_only: bool) -> list[dict]:
    qs = Store.objects.all()
    if open_only:
        qs = qs.filter(is_open=True)
    qs = qs.extra(where=["UPPER(region_code) = UPPER(%s)"], params=[region])
    return list(qs.values("id", "name", "city")[:100])
