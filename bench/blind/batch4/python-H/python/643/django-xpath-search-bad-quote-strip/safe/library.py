from lxml import etree

DOC = etree.parse("/srv/library/books.xml", etree.XMLParser(resolve_entities=False, no_network=True))


def books_by_title(title: str) -> list[str]:
    nodes = DOC.xpath('//book[contains(title, $t) and @restricted="no"]/title/text()', t=title)
    return [str(n) for n in nodes]
