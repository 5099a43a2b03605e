const execa = require('execa');

const RECORD_TYPES = new Set(['A', 'AAAA', 'MX', 'TXT', 'NS']);

async function dig(name, type) {
  const rr = RECORD_TYPES.has(type) ? type : 'A';
  const { stdout } = await execa.command(`dig +short ${name} ${rr}`, { shell: true }); // cg-expect: CWE-78
  return stdout.split('\n').filter(Boolean);
}

async function handleMessage(msg) {
  switch (msg.action) {
    case 'dig':
      return { action: 'dig', answers: await dig(String(msg.name), msg.type) };
    case 'ping':
      return { action: 'pong' };
    default:
      return { error: 'unknown action' };
  }
}

module.exports = { handleMessage };
