import io
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges


def track_points(raw: bytes) -> list[dict]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    events = pulldom.parse(io.BytesIO(raw), parser=parser)
    points = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "trkpt":
            events.expandNode(node)
            points.append({"lat": float(node.getAttribute("lat")), "lon": float(node.getAttribute("lon"))})
    return points
