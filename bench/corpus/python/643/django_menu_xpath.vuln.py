from django.http import JsonResponse
from lxml import etree

MENU = etree.parse("/srv/config/menu.xml")


def _labels(section):
    return MENU.xpath("//menu/section[@id='{}']/item/@label".format(section))  # cg-expect: CWE-643


def menu_section(request, section):
    labels = _labels(section)
    return JsonResponse({"labels": [str(label) for label in labels]})
