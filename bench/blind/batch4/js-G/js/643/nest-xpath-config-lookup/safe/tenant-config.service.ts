import { Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

@Injectable()
export class TenantConfigService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/tenant/config.xml', 'utf8'), 'text/xml');

  read(key: string): string | null {
    const node = xpath
      .parse('/config/setting[@key=$key and not(@secret="true")]/@value')
      .select1({ node: this.doc, variables: { key } }) as Attr | undefined;
    return node ? node.value : null;
  }
}
