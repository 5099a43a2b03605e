from django.db.models import F

from .models import Ad, Click


def record_click(ad_id: int, ip: str) -> None:
    Click.objects.create(ad_id=ad_id, ip=ip)
    Ad.objects.filter(pk=ad_id).update(clicks=F("clicks") + 1)
