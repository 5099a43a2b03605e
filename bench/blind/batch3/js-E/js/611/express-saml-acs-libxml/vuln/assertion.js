const libxml = require('libxmljs2');

const NS = { saml: 'urn:oasis:names:tc:SAML:2.0:assertion' };
const PARSE_OPTS = { noent: true, noblanks: true };

function readAssertion(xml) {
  const doc = libxml.parseXml(xml, PARSE_OPTS); // cg-expect: CWE-611
  const nameId = doc.get('//saml:Subject/saml:NameID', NS);
  return { nameId: nameId ? nameId.text() : null };
}

module.exports = { readAssertion };
