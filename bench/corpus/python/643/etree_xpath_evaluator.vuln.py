import sys

from lxml import etree


def main():
    doc = etree.parse(sys.argv[1])
    dept = sys.argv[2]
    find = etree.XPath("//employee[department='%s']/name" % dept)  # cg-expect: CWE-643
    for name in find(doc):
        print(name.text)


if __name__ == "__main__":
    main()
