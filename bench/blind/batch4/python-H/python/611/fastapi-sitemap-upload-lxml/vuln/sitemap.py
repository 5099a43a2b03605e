from lxml import etree

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def parse_sitemap(raw: bytes) -> list[str]:
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(raw, parser)  # cg-expect: CWE-611
    return [loc.text.strip() for loc in root.iterfind(".//sm:url/sm:loc", NS) if loc.text]
