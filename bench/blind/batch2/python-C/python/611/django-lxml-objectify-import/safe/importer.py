from lxml import objectify

PARSER = objectify.makeparser(resolve_entities=False, load_dtd=False, no_network=True)


def parse_products(raw: bytes):
    root = objectify.fromstring(raw, PARSER)
    out = []
    for p in root.iterchildren(tag="product"):
        out.append({
            "sku": str(p.sku),
            "name": str(p.name),
            "price": float(p.price),
            "stock": int(getattr(p, "stock", 0)),
        })
    return out
