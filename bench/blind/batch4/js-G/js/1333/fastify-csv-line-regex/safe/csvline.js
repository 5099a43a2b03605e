const { parse } = require('csv-parse/sync');

const MAX_LINE = 4096;

function parseLine(line) {
  if (line.length > MAX_LINE) return null;
  try {
    return parse(line, { relax_quotes: false })[0] || null;
  } catch {
    return null;
  }
}

module.exports = { parseLine };
