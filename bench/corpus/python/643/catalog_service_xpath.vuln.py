from lxml import etree


class CatalogService:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def price_of(self, sku):
        expression = f"/catalog/item[sku='{sku}']/price"
        found = self.tree.xpath(expression)  # cg-expect: CWE-643
        return float(found[0].text) if found else None


def price_view(request, catalog: CatalogService):
    return {"price": catalog.price_of(request.GET.get("sku", ""))}
