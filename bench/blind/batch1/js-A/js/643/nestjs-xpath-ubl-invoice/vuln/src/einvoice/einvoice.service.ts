import { Injectable, NotFoundException } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const select = xpath.useNamespaces({
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
});

@Injectable()
export class EinvoiceService {
  private async load(archiveId: string) {
    if (!/^[0-9a-f]{24}$/.test(archiveId)) throw new NotFoundException();
    const xml = await readFile(`/data/einvoices/${archiveId}.xml`, 'utf8');
    return new DOMParser().parseFromString(xml, 'text/xml');
  }

  async linesForItem(archiveId: string, item: string) {
    const doc = await this.load(archiveId);
    const nodes = select(`//cac:InvoiceLine[cac:Item/cbc:Name[contains(., '${item}')]]`, doc as any) as any[]; // cg-expect: CWE-643
    return nodes.map((n) => ({
      id: select('string(cbc:ID)', n),
      qty: Number(select('string(cbc:InvoicedQuantity)', n)),
      amount: Number(select('string(cbc:LineExtensionAmount)', n)),
    }));
  }
}
