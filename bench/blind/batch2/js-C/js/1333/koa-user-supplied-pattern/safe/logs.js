const fs = require('fs/promises');

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function grepLogs(pattern) {
  const text = await fs.readFile('/var/log/app/current.log', 'utf8');
  const re = new RegExp(escapeRegExp(pattern.slice(0, 200)), 'i');
  const lines = text.split('\n');
  return lines.filter((line) => re.test(line)).slice(0, 200);
}

module.exports = { grepLogs, escapeRegExp };
