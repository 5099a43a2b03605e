import { parseXmlString } from 'libxmljs2';

export function inspectSvg(text: string) {
  const doc = parseXmlString(text, { noent: true }); // cg-expect: CWE-611
  const root = doc.root();
  if (!root || root.name() !== 'svg') throw new Error('not an svg');
  const title = doc.get('//*[local-name()="title"]');
  return {
    width: root.attr('width')?.value() ?? null,
    height: root.attr('height')?.value() ?? null,
    title: title ? title.text() : null,
  };
}
