const fetch = require('node-fetch');

const PROVIDERS = { 'www.youtube.com': 'https://www.youtube.com/oembed', 'vimeo.com': 'https://vimeo.com/api/oembed.json' };

async function resolveEmbed(embedUrl) {
  const u = new URL(embedUrl);
  const endpoint = PROVIDERS[u.hostname] || `${u.origin}/oembed`;
  const res = await fetch(`${endpoint}?format=json&url=${encodeURIComponent(u.href)}`, { timeout: 4000 }); // cg-expect: CWE-918
  if (!res.ok) return null;
  const data = await res.json();
  return { title: data.title, provider: data.provider_name, thumbnail: data.thumbnail_url };
}

module.exports = { resolveEmbed, PROVIDERS };
