const axios = require('axios');

const ALLOWED_HOST = 'cdn.example.com';

async function fetchImage(src) {
  const url = new URL(src);
  if (url.protocol !== 'https:' || url.hostname !== ALLOWED_HOST || url.port !== '') throw new Error('host not allowed');
  return axios.get(url.href, { responseType: 'stream', timeout: 5000, maxRedirects: 0 });
}

module.exports = { fetchImage };
