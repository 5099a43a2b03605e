import { readFileSync } from 'node:fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const HOURS = xpath.parse("/stores/store[@code=$code and @public='yes']/hours/day");

export class StoreDirectory {
  private readonly doc: any;

  constructor(file: string) {
    this.doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  }

  openingHours(storeCode: string) {
    const days = HOURS.select({ node: this.doc, variables: { code: String(storeCode) } }) as any[];
    return days.map((d) => ({ day: d.getAttribute('name'), open: d.getAttribute('open'), close: d.getAttribute('close') }));
  }
}
