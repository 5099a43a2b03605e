from functools import lru_cache

from lxml import etree

STOCK_FILE = "/var/lib/warehouse/stock.xml"


@lru_cache(maxsize=1)
def stock_document():
    return etree.parse(STOCK_FILE)


def _compile_lookup(sku: str, warehouse: str) -> etree.XPath:
    return etree.XPath(
        "/stock/warehouse[@code='%s']/item[@sku='%s' and not(@internal)]" % (warehouse, sku)
    )


def stock_level(sku: str, warehouse: str) -> list[dict]:
    finder = _compile_lookup(sku, warehouse)
    items = finder(stock_document())  # cg-expect: CWE-643
    return [{"sku": i.get("sku"), "qty": int(i.findtext("qty", "0")), "bin": i.findtext("bin")} for i in items]
