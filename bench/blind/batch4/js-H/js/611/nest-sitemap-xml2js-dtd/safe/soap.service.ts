import { Injectable } from '@nestjs/common';
import * as libxmljs from 'libxmljs2';

@Injectable()
export class SoapService {
  private readonly opts = { noent: false, noblanks: true, nonet: true };

  handle(xml: string) {
    const doc = libxmljs.parseXml(xml, this.opts);
    const id = doc.get('//*[local-name()="OrderId"]')?.text();
    return { orderId: id, status: 'SHIPPED' };
  }
}
