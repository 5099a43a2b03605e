const libxmljs = require('libxmljs');

const NS = { md: 'urn:oasis:names:tc:SAML:2.0:metadata', ds: 'http://www.w3.org/2000/09/xmldsig#' };

function readIdpMetadata(xml) {
  const doc = libxmljs.parseXmlString(xml, { noent: true, noblanks: true }); // cg-expect: CWE-611
  const entity = doc.get('//md:EntityDescriptor', NS);
  const cert = doc.get('//md:IDPSSODescriptor//ds:X509Certificate', NS);
  const sso = doc.get('//md:SingleSignOnService', NS);
  return {
    entityId: entity ? entity.attr('entityID').value() : null,
    certificate: cert ? cert.text().replace(/\s+/g, '') : null,
    ssoUrl: sso ? sso.attr('Location').value() : null,
  };
}

module.exports = { readIdpMetadata };
