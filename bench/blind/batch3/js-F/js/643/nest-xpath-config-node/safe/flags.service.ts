import { Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

@Injectable()
export class FlagsService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/app/flags.xml', 'utf8'), 'text/xml');

  isEnabled(key: string): boolean {
    if (!/^[a-z0-9_.-]{1,64}$/.test(key)) return false;
    const nodes = xpath.parse('/flags/flag[@key=$key]/@enabled').select({ node: this.doc, variables: { key } }) as Attr[];
    return nodes.length > 0 && nodes[0].value === 'true';
  }
}
