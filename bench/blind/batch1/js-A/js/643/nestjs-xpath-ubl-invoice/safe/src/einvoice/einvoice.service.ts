import { Injectable, NotFoundException } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const namespaces = {
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};
const select = xpath.useNamespaces(namespaces);
const linesByItem = xpath.parse('//cac:InvoiceLine[cac:Item/cbc:Name[contains(., $item)]]');

@Injectable()
export class EinvoiceService {
  private async load(archiveId: string) {
    if (!/^[0-9a-f]{24}$/.test(archiveId)) throw new NotFoundException();
    const xml = await readFile(`/data/einvoices/${archiveId}.xml`, 'utf8');
    return new DOMParser().parseFromString(xml, 'text/xml');
  }

  async linesForItem(archiveId: string, item: string) {
    const doc = await this.load(archiveId);
    const nodes = linesByItem.select({ node: doc as any, namespaces, variables: { item } }) as any[];
    return nodes.map((n) => ({
      id: select('string(cbc:ID)', n),
      qty: Number(select('string(cbc:InvoicedQuantity)', n)),
      amount: Number(select('string(cbc:LineExtensionAmount)', n)),
    }));
  }
}
