import { testRule } from "../rule-tester.js";
import rule from "./xxe.js";

testRule(rule, {
  valid: [
    {
      name: "hardened lxml parser",
      code: `from lxml import etree\nparser = etree.XMLParser(resolve_entities=False, no_network=True)\ndoc = etree.fromstring(data, parser)\n`,
    },
    { name: "defusedxml", code: `import defusedxml.ElementTree as ET\ntree = ET.parse("in.xml")\n` },
    {
      name: "sax with the feature explicitly off",
      code: `import xml.sax\nfrom xml.sax.handler import feature_external_ges\np = xml.sax.make_parser()\np.setFeature(feature_external_ges, False)\n`,
    },
    {
      name: "pulldom given a SAX parser configured without external entities",
      code: `from xml.dom import pulldom\nimport xml.sax\n\ndef events(stream):\n    sax = xml.sax.make_parser()\n    sax.setFeature(xml.sax.handler.feature_external_ges, False)\n    return pulldom.parse(stream, parser=sax)\n`,
    },
  ],
  invalid: [
    {
      name: "lxml resolving entities over the network",
      code: `from lxml import etree\n\ndef parse(body):\n    parser = etree.XMLParser(resolve_entities=True, no_network=False)\n    return etree.fromstring(body, parser)\n`,
      lines: [4],
    },
    {
      name: "sax external entities on",
      code: `import xml.sax\nfrom xml.sax.handler import feature_external_ges\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, True)\n`,
      lines: [4],
    },
    {
      name: "pulldom",
      code: `from xml.dom import pulldom\n\ndef events(request):\n    return pulldom.parseString(request.body)\n`,
      lines: [4],
    },
    {
      name: "pulldom given a SAX parser that resolves external entities",
      code: `from xml.dom import pulldom\nimport xml.sax\n\ndef events(stream):\n    sax = xml.sax.make_parser()\n    sax.setFeature(xml.sax.handler.feature_external_ges, True)\n    return pulldom.parse(stream, parser=sax)\n`,
      lines: [6],
    },
    {
      name: "lxml parser resolving entities: entities turned off",
      code: `from lxml import etree\n\nparser = etree.XMLParser(resolve_entities=True, no_network=False)\n`,
      lines: [3],
      at: [{ line: 3, column: 10, endLine: 3, endColumn: 66 }],
      output: `from lxml import etree\n\nparser = etree.XMLParser(resolve_entities=False, no_network=True)\n`,
    },
    {
      name: "lxml parser loading a DTD: resolve_entities=False added",
      code: `from lxml import etree\n\nparser = etree.XMLParser(load_dtd=True)\n`,
      lines: [3],
      output: `from lxml import etree\n\nparser = etree.XMLParser(load_dtd=False, resolve_entities=False)\n`,
    },
    {
      name: "SAX external general entities on: turned off",
      code: `import xml.sax\nfrom xml.sax.handler import feature_external_ges\n\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, True)\n`,
      lines: [5],
      output: `import xml.sax\nfrom xml.sax.handler import feature_external_ges\n\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, False)\n`,
    },
  ],
});
