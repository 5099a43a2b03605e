from django.conf import settings
from lxml import etree


class FlagRegistry:
    """Feature flags are maintained in an XML file managed by the release team."""

    def __init__(self):
        self.doc = etree.parse(settings.FEATURE_FLAGS_XML)

    def is_enabled(self, flag: str, client: str) -> bool:
        expr = (
            f'boolean(/flags/flag[@name="{flag}" and @enabled="true"]'
            f'/clients/client[text()="{client}"])'
        )
        return bool(self.doc.xpath(expr))  # cg-expect: CWE-643
