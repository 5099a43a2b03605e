const AdmZip = require('adm-zip');
const libxml = require('libxmljs2');

function extractText(buffer) {
  const zip = new AdmZip(buffer);
  const entry = zip.getEntry('word/document.xml');
  if (!entry) throw new Error('not a docx');
  const xml = entry.getData().toString('utf8');
  const doc = libxml.parseXml(xml, { huge: false, nonet: true });
  const ns = { w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' };
  return doc.find('//w:t', ns).map((n) => n.text()).join(' ');
}

module.exports = { extractText };
