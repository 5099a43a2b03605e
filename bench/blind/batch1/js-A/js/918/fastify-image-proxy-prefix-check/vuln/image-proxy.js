const got = require('got');

const CDN_ORIGIN = 'https://images.shopcdn.example';

function isAllowed(src) {
  return src.startsWith(CDN_ORIGIN);
}

async function loadImage(src) {
  if (!isAllowed(src)) {
    const err = new Error('source not allowed');
    err.statusCode = 400;
    throw err;
  }
  const res = await got(src, { responseType: 'buffer', timeout: { request: 5000 } }); // cg-expect: CWE-918
  return { contentType: res.headers['content-type'] || 'application/octet-stream', body: res.body };
}

module.exports = { loadImage };
