import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

def _parser():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    return parser

def entity_ids(stream) -> list:
    ids = []
    events = pulldom.parse(stream, parser=_parser())  # cg-expect: CWE-611
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.localName == "EntityDescriptor":
            ids.append(node.getAttribute("entityID"))
    return ids
