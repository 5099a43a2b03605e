import { BadRequestException, Injectable } from '@nestjs/common';
import * as libxmljs from 'libxmljs';

const UBL = {
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
};

export interface ParsedInvoice {
  number: string;
  supplier: string;
  total: number;
}

@Injectable()
export class InvoiceXmlService {
  // block the obvious "<!ENTITY x SYSTEM" payloads before parsing
  private looksMalicious(xml: string): boolean {
    return /<!ENTITY\s+\w+\s+SYSTEM/.test(xml);
  }

  parseUbl(xml: string): ParsedInvoice {
    if (this.looksMalicious(xml)) {
      throw new BadRequestException('external entities are not allowed');
    }
    const doc = libxmljs.parseXmlString(xml, { noent: true, dtdattr: true }); // cg-expect: CWE-611
    const text = (xp: string) => doc.get(xp, UBL)?.text().trim() ?? '';
    return {
      number: text('/inv:Invoice/cbc:ID'),
      supplier: text('//cac:AccountingSupplierParty//cbc:Name'),
      total: parseFloat(text('//cac:LegalMonetaryTotal/cbc:PayableAmount')) || 0,
    };
  }
}
