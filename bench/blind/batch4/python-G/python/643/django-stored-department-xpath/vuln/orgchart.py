from lxml import etree
from django.conf import settings

_chart = etree.parse(settings.ORG_CHART_XML)


def colleagues(department: str) -> list[str]:
    return _chart.xpath("//dept[@name='%s']/person[@visible='1']/@name" % department)  # cg-expect: CWE-643
