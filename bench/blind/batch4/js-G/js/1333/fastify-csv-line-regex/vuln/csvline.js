const { parse } = require('csv-parse/sync');

const FIELD = /^"((?:\\"|[^"]|\\.)*)"(?:,|$)/;

function parseLine(line) {
  const out = [];
  let rest = line;
  while (rest.length) {
    const m = FIELD.exec(rest); // cg-expect: CWE-1333
    if (!m) return null;
    out.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return out;
}

module.exports = { parseLine };
