import { parseXml } from 'libxmljs2';

type PaymentEvent = { orderId: string; status: string; amount: number };

export class IpnHandler {
  private readonly seen = new Set<string>();

  handle(xml: string): PaymentEvent | null {
    const doc = parseXml(xml, { noent: true, noblanks: true }); // cg-expect: CWE-611
    const orderId = doc.get('/notification/orderId')?.text();
    const status = doc.get('/notification/status')?.text();
    const amount = Number(doc.get('/notification/amount')?.text());
    if (!orderId || !status || this.seen.has(orderId)) return null;
    this.seen.add(orderId);
    return { orderId, status, amount };
  }
}
