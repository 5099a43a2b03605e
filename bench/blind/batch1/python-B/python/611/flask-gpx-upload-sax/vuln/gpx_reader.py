import math
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces


class _TrackHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.points = []
        self._prev = None

    def startElement(self, name, attrs):
        if name == "trkpt":
            lat = float(attrs.get("lat", "0"))
            lon = float(attrs.get("lon", "0"))
            dist = 0.0
            if self._prev is not None:
                dist = _haversine(self._prev, (lat, lon))
            self.points.append({"lat": lat, "lon": lon, "dist": dist})
            self._prev = (lat, lon)


def _haversine(a, b):
    r = 6371000.0
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def read_track(stream):
    handler = _TrackHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    # some Garmin exports reference an external DTD for waypoint symbols
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)  # cg-expect: CWE-611
    return handler.points
