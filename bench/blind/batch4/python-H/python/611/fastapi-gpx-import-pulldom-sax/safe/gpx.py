import io
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges, feature_external_pes


def track_points(raw: bytes) -> list[tuple[float, float]]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    events = pulldom.parse(io.BytesIO(raw), parser=parser)
    points = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "trkpt":
            points.append((float(node.getAttribute("lat")), float(node.getAttribute("lon"))))
    return points
