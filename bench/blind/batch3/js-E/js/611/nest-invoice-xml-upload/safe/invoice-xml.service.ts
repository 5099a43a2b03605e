import { Injectable } from '@nestjs/common';
import * as libxml from 'libxmljs2';

const UBL = { cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2' };

@Injectable()
export class InvoiceXmlService {
  private readonly parseOptions = { dtdload: false, dtdattr: false, noent: false, nonet: true };

  summarize(buf: Buffer) {
    const doc = libxml.parseXml(buf.toString('utf8'), this.parseOptions);
    const text = (xp: string) => doc.get(xp, UBL)?.text() ?? null;
    return {
      id: text('//cbc:ID'),
      issueDate: text('//cbc:IssueDate'),
      total: text('//cbc:PayableAmount'),
    };
  }
}
