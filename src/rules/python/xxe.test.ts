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
  ],
});
