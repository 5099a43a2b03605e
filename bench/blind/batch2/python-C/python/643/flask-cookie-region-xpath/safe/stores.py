from lxml import etree

_doc = etree.parse("data/stores.xml", etree.XMLParser(resolve_entities=False, no_network=True))
QUERY = "/stores/store[@region='%s' and @status='open']"


def opening_hours(region: str):
    nodes = _doc.xpath("/stores/store[@region=$region and @status='open']", region=region)
    return [
        {
            "name": n.findtext("name"),
            "weekdays": n.findtext("hours/weekdays"),
            "weekend": n.findtext("hours/weekend"),
        }
        for n in nodes
    ]
