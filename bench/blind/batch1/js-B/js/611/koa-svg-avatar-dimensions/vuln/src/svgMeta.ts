import { parseXml } from 'libxmljs2';

export interface SvgMeta {
  width: number;
  height: number;
  title: string | null;
}

const SVG_NS = { svg: 'http://www.w3.org/2000/svg' };

export function readSvgMeta(markup: string): SvgMeta {
  const doc = parseXml(markup, { noent: true, dtdload: true, huge: false }); // cg-expect: CWE-611
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
