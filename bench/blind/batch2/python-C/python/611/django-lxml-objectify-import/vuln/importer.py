from lxml import objectify

PARSER = objectify.makeparser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_products(raw: bytes):
    root = objectify.fromstring(raw, PARSER)  # cg-expect: CWE-611
    out = []
    for p in root.iterchildren(tag="product"):
        out.append({
            "sku": str(p.sku),
            "name": str(p.name),
            "price": float(p.price),
            "stock": int(getattr(p, "stock", 0)),
        })
    return out
