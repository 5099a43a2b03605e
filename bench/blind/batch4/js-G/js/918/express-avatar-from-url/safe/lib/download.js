const fetch = require('node-fetch');
const ssrfFilter = require('ssrf-req-filter');

async function downloadAvatar(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error('blocked');
  const res = await fetch(url.href, { size: 2 * 1024 * 1024, timeout: 5000, agent: ssrfFilter(url.href), redirect: 'error' });
  if (!res.ok || !String(res.headers.get('content-type')).startsWith('image/')) throw new Error('not an image');
  return res.buffer();
}

module.exports = { downloadAvatar };
