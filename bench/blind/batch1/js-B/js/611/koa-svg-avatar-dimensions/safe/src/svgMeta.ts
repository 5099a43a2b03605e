import { parseXml } from 'libxmljs2';

export interface SvgMeta {
  width: number;
  height: number;
  title: string | null;
}

const SVG_NS = { svg: 'http://www.w3.org/2000/svg' };

export function readSvgMeta(markup: string): SvgMeta {
  if (/<!DOCTYPE/i.test(markup)) {
    throw new Error('DTDs are not allowed in avatars');
  }
  const doc = parseXml(markup, { noent: false, dtdload: false, nonet: true, huge: false });
  const root = doc.root();
  if (!root || root.name() !== 'svg') {
    throw new Error('not an svg document');
  }
  const num = (name: string) => {
    const a = root.attr(name);
    return a ? parseFloat(a.value()) || 0 : 0;
  };
  const titleEl = doc.get('//svg:title', SVG_NS);
  return { width: num('width'), height: num('height'), title: titleEl ? titleEl.text() : null };
}
