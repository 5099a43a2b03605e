from lxml import etree


def import_products(fileobj) -> int:
    count = 0
    for _, elem in etree.iterparse(fileobj, tag="product", load_dtd=False, resolve_entities=False, no_network=True):
        sku = elem.findtext("sku")
        title = elem.findtext("title")
        if sku and title:
            _save(sku, title, elem.findtext("description") or "")
            count += 1
        elem.clear()
    return count


def _save(sku: str, title: str, description: str) -> None:
    PRODUCTS[sku] = {"title": title, "description": description}


PRODUCTS: dict[str, dict] = {}
