import { Injectable } from '@nestjs/common';
import * as libxml from 'libxmljs2';

const NS = { md: 'urn:oasis:names:tc:SAML:2.0:metadata', ds: 'http://www.w3.org/2000/09/xmldsig#' };

@Injectable()
export class MetadataService {
  extract(xml: string) {
    const doc = libxml.parseXml(xml, { noent: true, nonet: false }); // cg-expect: CWE-611
    const entity = doc.get('//md:EntityDescriptor', NS);
    const cert = doc.get('//ds:X509Certificate', NS);
    return { entityId: entity?.attr('entityID')?.value(), certificate: cert?.text().trim() };
  }
}
