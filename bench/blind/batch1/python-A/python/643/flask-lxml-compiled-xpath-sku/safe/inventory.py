from functools import lru_cache

from lxml import etree

STOCK_FILE = "/var/lib/warehouse/stock.xml"


@lru_cache(maxsize=1)
def stock_document():
    return etree.parse(STOCK_FILE)


@lru_cache(maxsize=1)
def _compile_lookup() -> etree.XPath:
    return etree.XPath("/stock/warehouse[@code=$warehouse]/item[@sku=$sku and not(@internal)]")


def stock_level(sku: str, warehouse: str) -> list[dict]:
    finder = _compile_lookup()
    items = finder(stock_document(), sku=sku, warehouse=warehouse)
    return [{"sku": i.get("sku"), "qty": int(i.findtext("qty", "0")), "bin": i.findtext("bin")} for i in items]
