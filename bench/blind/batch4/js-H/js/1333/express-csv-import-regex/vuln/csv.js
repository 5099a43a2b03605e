const FIELD_RE = /^(?:"((?:[^"]|"")*)"|([^,]*))(,|$)/;
const ROW_RE = /^((?:"(?:[^"]*|"")*"|[^,"]*)(?:,|$))+$/;

function parseLine(line) {
  if (!ROW_RE.test(line)) throw new Error('malformed row'); // cg-expect: CWE-1333
  const out = [];
  let rest = line;
  while (rest.length) {
    const m = FIELD_RE.exec(rest);
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    rest = rest.slice(m[0].length);
    if (!m[3]) break;
  }
  return out;
}
module.exports = { parseLine };
