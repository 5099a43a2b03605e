import libxmljs from 'libxmljs2';

export interface Invoice {
  number: string;
  customer: string;
  total: number;
}

export function importInvoice(xml: string): Invoice {
  const doc = libxmljs.parseXml(xml, { noent: false, dtdload: false, nonet: true });
  const text = (xp: string) => doc.get(xp)?.text() ?? '';
  return {
    number: text('/invoice/number'),
    customer: text('/invoice/customer/name'),
    total: Number(text('/invoice/total')),
  };
}
