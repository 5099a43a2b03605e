import { testRule } from "../rule-tester.js";
import rule from "./xpath-injection.js";

testRule(rule, {
  valid: [
    {
      name: "XPath variables",
      code: `from lxml import etree\nfrom flask import request\n\n@app.route("/u")\ndef u():\n    tree = etree.parse("users.xml")\n    return str(tree.xpath("//user[@name=$name]", name=request.args["n"]))\n`,
    },
    {
      name: "constant expression",
      code: `from lxml import etree\nnodes = etree.parse("a.xml").xpath("//item")\n`,
    },
  ],
  invalid: [
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
  ],
});
