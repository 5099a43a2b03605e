import { Injectable } from '@nestjs/common';
import * as libxml from 'libxmljs2';

const UBL = { cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2' };

@Injectable()
export class InvoiceXmlService {
  private readonly parseOptions = { dtdload: true, dtdattr: true, noent: true };

  summarize(buf: Buffer) {
    const doc = libxml.parseXml(buf.toString('utf8'), this.parseOptions); // cg-expect: CWE-611
    const text = (xp: string) => doc.get(xp, UBL)?.text() ?? null;
    return {
      id: text('//cbc:ID'),
      issueDate: text('//cbc:IssueDate'),
      total: text('//cbc:PayableAmount'),
    };
  }
}
