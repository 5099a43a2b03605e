import { testRule } from "../rule-tester.js";
import rule from "./xxe.js";

testRule(rule, {
  valid: [
    {
      name: "libxmljs options on the instance without entity substitution",
      code: `const libxmljs = require("libxmljs");
class FeedImporter {
  constructor() {
    this.options = { noent: false, nonet: true };
  }
  items(xml) {
    return libxmljs.parseXml(xml, this.options).find("//item");
  }
}`,
    },
    {
      name: "options in a variable without entity flags",
      code: `const opts = { nocdata: true };
const doc = libxmljs.parseXmlString(req.body, opts);`,
    },
    {
      name: "xmllint without --noent",
      code: `execFile("xmllint", ["--xpath", "string(/label)", file]);`,
    },
    {
      name: "default options",
      code: `const libxmljs = require("libxmljs");
app.post("/import", (req, res) => {
  const doc = libxmljs.parseXml(req.body.xml);
  res.json({ root: doc.root().name() });
});`,
    },
    {
      name: "noent explicitly off",
      code: `import libxmljs from "libxmljs2";
export const parse = (xml: string) => libxmljs.parseXml(xml, { noent: false, nonet: true });`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "libxmljs options kept on the instance, set in the constructor",
      code: `const libxmljs = require("libxmljs");
class FeedImporter {
  constructor() {
    this.options = { noent: true };
  }
  items(xml) {
    return libxmljs.parseXml(xml, this.options).find("//item");
  }
}`,
      lines: [7],
    },
    {
      name: "libxmljs replaceEntities, the other name of noent",
      code: `const libxmljs = require("libxmljs");
const doc = libxmljs.parseXml(rows[0].xml, { replaceEntities: true });`,
      lines: [2],
    },
    {
      name: "noent in an options object held in a variable",
      code: `import { parseXmlString } from "libxmljs2";
export function extractUrls(xml) {
  const parserOptions = { noent: true, nocdata: true };
  return parseXmlString(xml, parserOptions);
}`,
      lines: [4],
    },
    {
      name: "dtdload on a document",
      code: `const doc = libxmljs.parseXml(body, { dtdload: true });`,
      lines: [1],
    },
    {
      name: "xmllint told to substitute entities",
      code: `const { stdout } = await run("xmllint", ["--noent", "--xpath", "string(/label)", file]);`,
      lines: [1],
    },
    {
      name: "upload parsed with entity substitution",
      code: `const libxmljs = require("libxmljs");
app.post("/upload", (req, res) => {
  const xml = req.body.toString();
  const doc = libxmljs.parseXmlString(xml, { noent: true, noblanks: true });
  res.json(doc.find("//item").map((n) => n.text()));
});`,
      lines: [4],
    },
    {
      name: "helper with noent",
      code: `import { parseXml } from "libxmljs2";
export function loadFeed(xml: string) {
  return parseXml(xml, { noent: true });
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "noent: true on a request body: turned off",
      code: `const libxmljs = require("libxmljs");\napp.post("/x", (req, res) => {\n  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: false });\n  res.send(doc.root().text());\n});\n`,
      lines: [3],
      at: [{ line: 3, column: 15, endLine: 3, endColumn: 75 }],
      output: `const libxmljs = require("libxmljs");\napp.post("/x", (req, res) => {\n  const doc = libxmljs.parseXml(req.body, { noent: false, dtdload: false });\n  res.send(doc.root().text());\n});\n`,
    },
  ],
});
