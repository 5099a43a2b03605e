from lxml import etree


class CatalogService:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def price_of(self, sku):
        expression = "/catalog/item[sku=$sku]/price"
        found = self.tree.xpath(expression, sku=sku)
        return float(found[0].text) if found else None


def price_view(request, catalog: CatalogService):
    return {"price": catalog.price_of(request.GET.get("sku", ""))}
