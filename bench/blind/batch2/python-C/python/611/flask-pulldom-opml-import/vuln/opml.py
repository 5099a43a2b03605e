from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

import defusedxml.pulldom


def _events(stream):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    return pulldom.parse(stream, parser=parser)  # cg-expect: CWE-611


def read_feeds(stream):
    feeds = []
    for event, node in _events(stream):
        if event == pulldom.START_ELEMENT and node.tagName == "outline":
            url = node.getAttribute("xmlUrl")
            if url:
                feeds.append({"title": node.getAttribute("title") or node.getAttribute("text"), "url": url})
    return feeds
