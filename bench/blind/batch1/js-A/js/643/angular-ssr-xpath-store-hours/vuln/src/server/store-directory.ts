import { readFileSync } from 'node:fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

export class StoreDirectory {
  private readonly doc: any;

  constructor(file: string) {
    this.doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  }

  openingHours(storeCode: string) {
    const days = xpath.select(`/stores/store[@code='${storeCode}' and @public='yes']/hours/day`, this.doc) as any[]; // cg-expect: CWE-643
    return days.map((d) => ({ day: d.getAttribute('name'), open: d.getAttribute('open'), close: d.getAttribute('close') }));
  }
}
