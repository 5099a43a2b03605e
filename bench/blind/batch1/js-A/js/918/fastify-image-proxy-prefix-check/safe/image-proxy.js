const got = require('got');

const CDN_ORIGIN = 'https://images.shopcdn.example';

function isAllowed(src) {
  try {
    const url = new URL(src);
    return url.origin === CDN_ORIGIN && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

async function loadImage(src) {
  if (!isAllowed(src)) {
    const err = new Error('source not allowed');
    err.statusCode = 400;
    throw err;
  }
  const res = await got(src, { responseType: 'buffer', timeout: { request: 5000 }, followRedirect: false });
  return { contentType: res.headers['content-type'] || 'application/octet-stream', body: res.body };
}

module.exports = { loadImage };
