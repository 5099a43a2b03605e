import { Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

@Injectable()
export class FlagsService {
  private readonly doc = new DOMParser().parseFromString(readFileSync('/etc/app/flags.xml', 'utf8'), 'text/xml');

  isEnabled(key: string): boolean {
    const nodes = xpath.select('/flags/flag[@key="' + key + '"]/@enabled', this.doc) as Attr[]; // cg-expect: CWE-643
    return nodes.length > 0 && nodes[0].value === 'true';
  }
}
