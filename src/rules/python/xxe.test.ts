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
    {
      name: "a module-level hardened parser used by a method",
      code: `from lxml import etree\n\n_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)\n\nclass Reader:\n    def load(self, raw):\n        return etree.fromstring(raw, _PARSER)\n`,
    },
    {
      name: "a parser factory that turns external entities off",
      code: `from xml.dom import minidom\nfrom xml.sax import make_parser\nfrom xml.sax.handler import feature_external_ges\n\ndef _parser():\n    p = make_parser()\n    p.setFeature(feature_external_ges, False)\n    return p\n\ndef decode(body):\n    return minidom.parseString(body, parser=_parser())\n`,
    },
    {
      name: "iterparse with entities off",
      code: `from lxml import etree\n\ndef walk(f):\n    return etree.iterparse(f, events=("end",), resolve_entities=False, no_network=True)\n`,
    },
    {
      name: "objectify parser made without entity resolution",
      code: `from lxml import objectify\n\n_P = objectify.makeparser(remove_blank_text=True, resolve_entities=False)\n\ndef read(data):\n    return objectify.fromstring(data, _P)\n`,
    },
  ],
  invalid: [
    {
      name: "module-level parser: reported at the parse call that uses it",
      code: `from lxml import etree\n\n_parser = etree.XMLParser(\n    load_dtd=True,\n    resolve_entities=True,\n)\n\ndef parse_envelope(raw):\n    return etree.fromstring(raw, parser=_parser)\n`,
      lines: [9],
    },
    {
      name: "parser kept on the instance, used by another method",
      code: `from lxml import etree\n\nclass Decoder:\n    def __init__(self):\n        self._parser = etree.XMLParser(resolve_entities=True, no_network=False)\n\n    def decode(self, frame):\n        return etree.fromstring(frame.encode("utf-8"), self._parser)\n`,
      lines: [8],
    },
    {
      name: "parser returned by a factory function",
      code: `from lxml import etree\n\ndef _parser():\n    return etree.XMLParser(load_dtd=True, resolve_entities=True)\n\ndef parse_response(data):\n    return etree.XML(data, _parser())\n`,
      lines: [7],
    },
    {
      name: "SAX parser factory with both external features on: one finding at the parse",
      code: `from xml.dom import minidom\nfrom xml.sax import make_parser\nfrom xml.sax.handler import feature_external_ges, feature_external_pes\n\ndef _parser():\n    p = make_parser()\n    p.setFeature(feature_external_ges, True)\n    p.setFeature(feature_external_pes, True)\n    return p\n\ndef decode(body):\n    return minidom.parseString(body, parser=_parser())\n`,
      lines: [12],
    },
    {
      name: "SAX parser parsing a stream itself",
      code: `import xml.sax\nfrom xml.sax.handler import feature_external_ges\n\ndef read_track(stream, handler):\n    parser = xml.sax.make_parser()\n    parser.setFeature(feature_external_ges, True)\n    parser.setContentHandler(handler)\n    parser.parse(stream)\n`,
      lines: [8],
    },
    {
      name: "iterparse with entity resolution on",
      code: `from lxml import etree\n\ndef walk(f):\n    return etree.iterparse(\n        f,\n        load_dtd=True,\n        resolve_entities=True,\n    )\n`,
      lines: [4],
    },
    {
      name: "objectify parser resolving entities",
      code: `from lxml import objectify\n\n_P = objectify.makeparser(resolve_entities=True, load_dtd=True)\n\ndef read(data):\n    return objectify.fromstring(data, _P)\n`,
      lines: [6],
      output: `from lxml import objectify\n\n_P = objectify.makeparser(resolve_entities=False, load_dtd=False)\n\ndef read(data):\n    return objectify.fromstring(data, _P)\n`,
    },
    {
      name: "lxml resolving entities over the network",
      code: `from lxml import etree\n\ndef parse(body):\n    parser = etree.XMLParser(resolve_entities=True, no_network=False)\n    return etree.fromstring(body, parser)\n`,
      lines: [5],
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
      lines: [7],
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
