const { request } = require('undici');

const PROVIDERS = new Map([
  ['youtube', 'https://www.youtube.com/oembed'],
  ['vimeo', 'https://vimeo.com/api/oembed.json'],
]);

async function fetchOembed(endpoint, mediaUrl) {
  const base = PROVIDERS.get(String(endpoint));
  if (!base) throw new Error('unknown provider');
  const u = new URL(base);
  u.searchParams.set('url', mediaUrl);
  const { body } = await request(u, { maxRedirections: 0 });
  return body.json();
}
module.exports = { fetchOembed, PROVIDERS };
