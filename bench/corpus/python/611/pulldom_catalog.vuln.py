from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges


def load_catalog(path):
    parser = make_parser()
    parser.setFeature(feature_external_ges, 1)
    doc = pulldom.parse(path, parser=parser)  # cg-expect: CWE-611
    names = []
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "product":
            names.append(node.getAttribute("name"))
    return names
