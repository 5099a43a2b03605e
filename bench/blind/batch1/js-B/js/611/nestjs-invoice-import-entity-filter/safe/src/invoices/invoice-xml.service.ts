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
  // UBL invoices never need a DTD; refuse any document type declaration at all
  private looksMalicious(xml: string): boolean {
    return /<!DOCTYPE/i.test(xml);
  }

  parseUbl(xml: string): ParsedInvoice {
    if (this.looksMalicious(xml)) {
      throw new BadRequestException('DTDs are not allowed');
    }
    const doc = libxmljs.parseXmlString(xml, { noent: false, nonet: true, dtdload: false });
    const text = (xp: string) => doc.get(xp, UBL)?.text().trim() ?? '';
    return {
      number: text('/inv:Invoice/cbc:ID'),
      supplier: text('//cac:AccountingSupplierParty//cbc:Name'),
      total: parseFloat(text('//cac:LegalMonetaryTotal/cbc:PayableAmount')) || 0,
    };
  }
}
