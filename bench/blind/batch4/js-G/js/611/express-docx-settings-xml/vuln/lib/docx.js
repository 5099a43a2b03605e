const AdmZip = require('adm-zip');
const libxmljs = require('libxmljs');

const W = { w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' };

function wordCount(buffer) {
  const zip = new AdmZip(buffer);
  const entry = zip.getEntry('word/document.xml');
  if (!entry) throw new Error('not a docx');
  const xml = entry.getData().toString('utf8');
  const doc = libxmljs.parseXml(xml, { noent: true }); // cg-expect: CWE-611
  const text = doc.find('//w:t', W).map((n) => n.text()).join(' ');
  return text.split(/\s+/).filter(Boolean).length;
}

module.exports = { wordCount };
