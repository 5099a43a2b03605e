from typing import BinaryIO, Iterator

from lxml import etree


def iter_products(stream: BinaryIO) -> Iterator[dict]:
    context = etree.iterparse(
        stream, events=("end",), tag="product", load_dtd=False, resolve_entities=False, no_network=True,
    )
    for _, elem in context:
        yield {
            "sku": elem.findtext("sku"),
            "name": elem.findtext("name"),
            "price": elem.findtext("price"),
        }
        elem.clear()
        while elem.getprevious() is not None:
            del elem.getparent()[0]
