import { Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

@Injectable()
export class SettingsService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/app/settings.xml', 'utf8'), 'text/xml');

  lookup(key: string): string | null {
    const quoted = key.replace(/"/g, '&quot;');
    const v = xpath.select(`string(/settings/entry[@key='${quoted}' and not(@secret='true')]/@value)`, this.doc as any); // cg-expect: CWE-643
    return typeof v === 'string' && v !== '' ? v : null;
  }
}
