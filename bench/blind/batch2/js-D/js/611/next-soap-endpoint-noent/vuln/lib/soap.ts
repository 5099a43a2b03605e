import { parseXmlString } from 'libxmljs2';

const NS = {
  soap: 'http://schemas.xmlsoap.org/soap/envelope/',
  inv: 'urn:example:inventory',
};

export function parseStockRequest(xml: string): string {
  const doc = parseXmlString(xml, { noent: true, nocdata: true }); // cg-expect: CWE-611
  const sku = doc.get('//soap:Body/inv:GetStock/inv:Sku', NS);
  if (!sku) throw new Error('Sku missing');
  return sku.text().trim();
}

export function stockResponse(sku: string, qty: number): string {
  const safeSku = sku.replace(/[<>&'"]/g, '');
  return `<?xml version="1.0"?><soap:Envelope xmlns:soap="${NS.soap}"><soap:Body><inv:GetStockResponse xmlns:inv="${NS.inv}"><inv:Sku>${safeSku}</inv:Sku><inv:Qty>${qty}</inv:Qty></inv:GetStockResponse></soap:Body></soap:Envelope>`;
}
