const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/messages.xml', 'utf8'), 'text/xml');
const LANGS = { en: 'en', de: 'de', fr: 'fr', es: 'es' };

function messagesFor(lang) {
  const nodes = xpath.select(`/messages/msg[(@lang='${lang}' or @lang='en') and not(@internal)]`, doc); // cg-expect: CWE-643
  const out = {};
  for (const n of nodes) {
    const key = n.getAttribute('key');
    if (!(key in out) || n.getAttribute('lang') !== 'en') out[key] = n.textContent;
  }
  return out;
}

module.exports = { messagesFor };
