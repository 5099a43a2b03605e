import { Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

@Injectable()
export class SettingsService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/app/settings.xml', 'utf8'), 'text/xml');

  lookup(key: string): string | null {
    const v = xpath.parse("string(/settings/entry[@key=$key and not(@secret='true')]/@value)").evaluateString({ node: this.doc as any, variables: { key } });
    return typeof v === 'string' && v !== '' ? v : null;
  }
}
