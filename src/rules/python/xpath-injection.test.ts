import { testRule } from "../rule-tester.js";
import rule from "./xpath-injection.js";

testRule(rule, {
  valid: [
    {
      name: "an XPathEvaluator called with a constant expression and a variable",
      code: `from lxml import etree\nfrom flask import request\n\nev = etree.XPathEvaluator(etree.parse("stops.xml"))\n\n\n@app.get("/stop")\ndef stop():\n    return str(ev("//stop[@code=$c]", c=request.args["code"]))\n`,
    },
    {
      name: "elementpath.select with the value as an XPath variable",
      code: `import elementpath\nfrom flask import request\n\n@app.get("/lines")\ndef lines():\n    sku = request.args["sku"]\n    return str(elementpath.select(DOC, "//line[@sku = $sku]", variables={"sku": sku}))\n`,
    },
    {
      name: "XPath variables",
      code: `from lxml import etree\nfrom flask import request\n\n@app.route("/u")\ndef u():\n    tree = etree.parse("users.xml")\n    return str(tree.xpath("//user[@name=$name]", name=request.args["n"]))\n`,
    },
    {
      name: "constant expression",
      code: `from lxml import etree\nnodes = etree.parse("a.xml").xpath("//item")\n`,
    },
    {
      name: "ElementTree paths that stay constant, and str.find on input",
      code: `import xml.etree.ElementTree as ET\nfrom flask import request\nCATALOG = ET.parse("/srv/catalog.xml").getroot()\n\n@app.get("/sku")\ndef sku():\n    wanted = request.args["sku"]\n    hits = [p for p in CATALOG.iterfind("./product") if p.get("sku") == wanted]\n    at = ("sku:" + wanted).find(":")\n    return str(len(hits) + at)\n`,
    },
  ],
  invalid: [
    {
      name: "an XPathEvaluator called with an expression built from the query string",
      code: `from lxml import etree\nfrom flask import request\n\nev = etree.XPathEvaluator(etree.parse("stops.xml"))\n\n\n@app.get("/stop")\ndef stop():\n    return str(ev(f"//stop[@code='{request.args['code']}']"))\n`,
      lines: [9],
    },
    {
      name: "elementpath.select with the path built from the query string",
      code: `import elementpath\nfrom flask import request\n\n@app.get("/lines")\ndef lines():\n    sku = request.args["sku"]\n    return str(elementpath.select(DOC, f"//line[@sku = '{sku}']"))\n`,
      lines: [7],
    },
    {
      name: "expression concatenated from a query parameter",
      code: `from lxml import etree\nfrom flask import request\n\n@app.route("/user")\ndef user():\n    name = request.args.get("name")\n    tree = etree.parse("users.xml")\n    expr = "//user[@name='" + name + "']/email"\n    return str(tree.xpath(expr))\n`,
      lines: [9],
    },
    {
      name: "etree.XPath compiled from argv",
      code: `import sys\nfrom lxml import etree\nfind = etree.XPath("//node[@id='%s']" % sys.argv[1])\n`,
      lines: [3],
    },
    {
      name: "ElementTree path built from a route parameter",
      code: `import xml.etree.ElementTree as ET\nfrom flask import request\nCATALOG = ET.parse("/srv/catalog.xml").getroot()\n\n@app.get("/sku/<code>")\ndef sku(code):\n    path = f".//product[@sku='{code}']"\n    node = CATALOG.find(path)\n    names = CATALOG.findall("./product[@vendor='" + request.args["v"] + "']")\n    return str(node is not None and len(names))\n`,
      lines: [8, 9],
    },
  ],
});
