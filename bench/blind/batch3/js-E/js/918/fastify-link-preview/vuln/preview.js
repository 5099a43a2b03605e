const dns = require('dns').promises;
const net = require('net');

function isPrivate(ip) {
  if (net.isIPv6(ip)) return ip === '::1' || ip.startsWith('fc') || ip.startsWith('fd') || ip.startsWith('fe80');
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

async function fetchPreview(rawUrl) {
  const target = new URL(rawUrl);
  if (!['http:', 'https:'].includes(target.protocol)) throw new Error('scheme');
  const res = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(5000) }); // cg-expect: CWE-918
  const html = (await res.text()).slice(0, 100000);
  const m = html.match(/<title>([^<]{0,200})<\/title>/i);
  return { url: target.href, title: m ? m[1].trim() : null };
}

module.exports = { fetchPreview, isPrivate };
