import { Injectable } from '@nestjs/common';
import * as libxmljs from 'libxmljs2';

@Injectable()
export class SoapService {
  private readonly opts = { noent: true, noblanks: true };

  handle(xml: string) {
    const doc = libxmljs.parseXml(xml, this.opts); // cg-expect: CWE-611
    const id = doc.get('//*[local-name()="OrderId"]')?.text();
    return { orderId: id, status: 'SHIPPED' };
  }
}
