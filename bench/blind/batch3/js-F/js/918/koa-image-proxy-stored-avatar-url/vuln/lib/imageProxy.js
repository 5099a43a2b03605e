const got = require('got');

const CDN_HOSTS = ['cdn.example-static.com', 'images.example-static.com'];
const FALLBACK = 'https://cdn.example-static.com/avatars/default.png';

function openImage(rawUrl) {
  let url;
  try { url = new URL(rawUrl); } catch { url = new URL(FALLBACK); }
  return got.stream(url.href, { timeout: { request: 4000 }, followRedirect: false }); // cg-expect: CWE-918
}

module.exports = { openImage };
