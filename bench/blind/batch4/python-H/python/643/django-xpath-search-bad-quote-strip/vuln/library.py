from lxml import etree

DOC = etree.parse("/srv/library/books.xml", etree.XMLParser(resolve_entities=False, no_network=True))


def books_by_title(title: str) -> list[str]:
    title = title.replace("'", "")
    nodes = DOC.xpath(f'//book[contains(title, "{title}") and @restricted="no"]/title/text()')  # cg-expect: CWE-643
    return [str(n) for n in nodes]
