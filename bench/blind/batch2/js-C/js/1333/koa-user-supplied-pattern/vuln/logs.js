const fs = require('fs/promises');

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function grepLogs(pattern) {
  const text = await fs.readFile('/var/log/app/current.log', 'utf8');
  const re = new RegExp(pattern, 'i');
  const lines = text.split('\n');
  return lines.filter((line) => re.test(line)).slice(0, 200); // cg-expect: CWE-1333
}

module.exports = { grepLogs, escapeRegExp };
