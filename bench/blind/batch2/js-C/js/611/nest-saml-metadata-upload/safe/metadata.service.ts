import { BadRequestException, Injectable } from '@nestjs/common';
import * as libxml from 'libxmljs2';

@Injectable()
export class MetadataService {
  private readonly partners = new Map<string, { entityId: string; ssoUrl: string }>();

  register(name: string, xml: string) {
    const doc = libxml.parseXml(xml, { noent: false, dtdload: false, nonet: true, nocdata: true });
    const ns = { md: 'urn:oasis:names:tc:SAML:2.0:metadata' };
    const entity = doc.get('/md:EntityDescriptor', ns);
    const sso = doc.get('//md:SingleSignOnService', ns);
    if (!entity || !sso) throw new BadRequestException('invalid metadata');
    const rec = { entityId: entity.attr('entityID')?.value() ?? '', ssoUrl: sso.attr('Location')?.value() ?? '' };
    this.partners.set(name, rec);
    return rec;
  }
}
