const AdmZip = require('adm-zip');
const libxmljs = require('libxmljs');

function countWords(filepath) {
  const zip = new AdmZip(filepath);
  const xml = zip.readAsText('word/document.xml');
  if (!xml) throw new Error('not a docx');
  const doc = libxmljs.parseXmlString(xml, { noent: false, dtdload: false, nonet: true });
  const ns = { w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' };
  const text = doc.find('//w:t', ns).map((n) => n.text()).join(' ');
  return text.split(/\s+/).filter(Boolean).length;
}

module.exports = { countWords };
