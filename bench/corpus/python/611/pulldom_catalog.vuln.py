from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def load_catalog(path):
    parser = make_parser()
    parser.setFeature(feature_external_ges, 1)  # cg-expect: CWE-611
    doc = pulldom.parse(path, parser=parser)
    names = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "product":
            names.append(node.getAttribute("name"))
    return names
