const axios = require('axios');

const ALLOWED_HOSTS = new Set(['www.youtube.com', 'github.com', 'en.wikipedia.org', 'medium.com']);

function checkUrl(raw) {
  const u = new URL(raw);
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname) || u.port !== '') {
    throw new Error('host not allowed');
  }
  return u.toString();
}

function pick(html, re) {
  const m = html.match(re);
  return m ? m[1].trim() : null;
}

async function buildPreview(url) {
  const target = checkUrl(url);
  const resp = await axios.get(target, { timeout: 5000, responseType: 'text', maxRedirects: 0 });
  const html = String(resp.data).slice(0, 200000);
  return {
    url,
    title: pick(html, /<title>([^<]{0,300})<\/title>/i),
    description: pick(html, /<meta name="description" content="([^"]{0,500})"/i),
  };
}

module.exports = { buildPreview };
