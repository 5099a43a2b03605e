import { Injectable, NotFoundException } from '@nestjs/common';
import { evaluateXPathToString } from 'fontoxpath';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'fs';

@Injectable()
export class TenantConfigService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/acme/tenants.xml', 'utf8'), 'text/xml');

  get(tenant: string, key: string): string {
    const value = evaluateXPathToString('/tenants/tenant[@id=$tenant]/setting[@key=$key]/@value', this.doc, null, { tenant: String(tenant), key: String(key) });
    if (!value) throw new NotFoundException();
    return value;
  }
}
