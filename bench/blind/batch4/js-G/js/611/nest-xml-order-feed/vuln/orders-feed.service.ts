import { BadRequestException, Injectable } from '@nestjs/common';
import { parseXml } from 'libxmljs2';

@Injectable()
export class OrdersFeedService {
  ingest(xml: string) {
    if (!xml.trim().startsWith('<')) throw new BadRequestException('xml expected');
    const doc = parseXml(xml, { noent: true, huge: true }); // cg-expect: CWE-611
    const orders = doc.find('//order').map((o) => ({
      ref: o.get('ref')?.text() ?? '',
      sku: o.get('sku')?.text() ?? '',
      qty: Number(o.get('qty')?.text() ?? 0),
    }));
    return { received: orders.length, orders };
  }
}
