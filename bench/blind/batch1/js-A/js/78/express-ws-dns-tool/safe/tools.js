const execa = require('execa');

const RECORD_TYPES = new Set(['A', 'AAAA', 'MX', 'TXT', 'NS']);
const NAME_RE = /^[A-Za-z0-9.-]{1,253}$/;

async function dig(name, type) {
  const rr = RECORD_TYPES.has(type) ? type : 'A';
  if (!NAME_RE.test(name) || name.startsWith('-')) throw new Error('bad name');
  const { stdout } = await execa('dig', ['+short', name, rr]);
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
