from .models import Store


def stores_for_region(region: str, open_only: bool = True):
    qs = Store.objects.all()
    if open_only:
        qs = qs.filter(is_open=True)
    return qs.extra(where=[f"region_code = '{region}'"]).order_by("name")  # cg-expect: CWE-89
