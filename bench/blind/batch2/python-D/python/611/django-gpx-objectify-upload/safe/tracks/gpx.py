from lxml import objectify

GPX_NS = "{http://www.topografix.com/GPX/1/1}"
_PARSER = objectify.makeparser(load_dtd=False, resolve_entities=False, no_network=True, remove_comments=True)


def parse_gpx(data: bytes) -> dict:
    root = objectify.fromstring(data, _PARSER)
    points = []
    for trkpt in root.iter(f"{GPX_NS}trkpt"):
        points.append((float(trkpt.get("lat")), float(trkpt.get("lon"))))
    name = root.find(f"{GPX_NS}trk/{GPX_NS}name")
    return {"name": str(name) if name is not None else "Untitled", "points": points}
