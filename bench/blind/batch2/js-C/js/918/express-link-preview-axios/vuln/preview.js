const axios = require('axios');
const dns = require('dns').promises;
const net = require('net');

function isPrivate(ip) {
  if (net.isIPv6(ip)) return ip === '::1' || ip.startsWith('fc') || ip.startsWith('fd') || ip.startsWith('fe80');
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

async function fetchPreview(rawUrl) {
  const url = new URL(rawUrl);
  const resp = await axios.get(url.href, { timeout: 5000, maxContentLength: 1e6 }); // cg-expect: CWE-918
  const title = /<title>([^<]{0,200})<\/title>/i.exec(resp.data)?.[1] ?? url.hostname;
  return { url: url.href, title };
}

module.exports = { fetchPreview };
