const FIELD_RE = /^(?:"((?:[^"]|"")*)"|([^,]*))(,|$)/;
const ROW_RE = /^((?:"(?:[^"]*|"")*"|[^,"]*)(?:,|$))+$/;

function parseLine(line) {
  if (line.length > 10000) throw new Error('row too long');
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
