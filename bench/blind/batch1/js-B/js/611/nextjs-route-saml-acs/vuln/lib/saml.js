import libxmljs from 'libxmljs2';
import { SignedXml } from 'xml-crypto';
import { idpCertificate } from './idp-config';

const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
};

export async function readAssertion(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true }); // cg-expect: CWE-611
  const issuer = doc.get('//saml:Assertion/saml:Issuer', NS)?.text() ?? null;
  const nameId = doc.get('//saml:Assertion/saml:Subject/saml:NameID', NS)?.text() ?? null;
  const sigNode = doc.get('//saml:Assertion/ds:Signature', NS);
  if (!sigNode || !nameId) return { valid: false, issuer };

  const sig = new SignedXml({ publicCert: idpCertificate() });
  sig.loadSignature(sigNode.toString());
  const valid = sig.checkSignature(xml);
  return { valid, issuer, nameId };
}
