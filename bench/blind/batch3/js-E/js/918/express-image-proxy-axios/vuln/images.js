const axios = require('axios');

const ALLOWED_HOST = 'cdn.example.com';

async function fetchImage(src) {
  const url = new URL(src);
  if (!url.hostname.endsWith(ALLOWED_HOST)) throw new Error('host not allowed');
  return axios.get(url.href, { responseType: 'stream', timeout: 5000 }); // cg-expect: CWE-918
}

module.exports = { fetchImage };
