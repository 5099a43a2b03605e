from functools import lru_cache

from django.conf import settings
from lxml import etree


@lru_cache(maxsize=1)
def _catalogue():
    return etree.parse(str(settings.BASE_DIR / "i18n" / "strings.xml"))


def strings_for(locale: str, section: str) -> dict[str, str]:
    nodes = _catalogue().xpath(
        "/catalogue/section[@name=$section]/string[@lang=$locale]", section=section, locale=locale
    )
    return {n.get("key"): n.text or "" for n in nodes}
