import { parseXml } from 'libxmljs2';

const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
};

export interface Assertion {
  nameId: string;
  issuer: string;
}

export function readAssertion(xml: string): Assertion {
  if (/<!DOCTYPE/i.test(xml)) {
    throw new Error('DTDs not allowed');
  }
  const doc = parseXml(xml, { nonet: true });
  const nameId = doc.get('//saml:Assertion/saml:Subject/saml:NameID', NS);
  const issuer = doc.get('//saml:Issuer', NS);
  if (!nameId || !issuer) {
    throw new Error('incomplete assertion');
  }
  return { nameId: nameId.text(), issuer: issuer.text() };
}
