const axios = require('axios');
const cheerio = require('cheerio');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');
const http = require('http');
const https = require('https');

// resolve once, refuse non-public addresses, then connect to exactly that address
async function publicAddress(hostname) {
  const { address } = await dns.lookup(hostname);
  if (ipaddr.process(address).range() !== 'unicast') throw new Error('address not allowed');
  return address;
}

async function fetchPreview(url) {
  const parsed = new URL(url);
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('unsupported scheme');
  const address = await publicAddress(parsed.hostname);
  const lookup = (_host, _opts, cb) => cb(null, address, address.includes(':') ? 6 : 4);
  const response = await axios.get(parsed.href, {
    timeout: 4000,
    maxContentLength: 2_000_000,
    responseType: 'text',
    maxRedirects: 0,
    httpAgent: new http.Agent({ lookup }),
    httpsAgent: new https.Agent({ lookup }),
  });
  const $ = cheerio.load(response.data);
  return {
    url: parsed.href,
    title: $('meta[property="og:title"]').attr('content') || $('title').text(),
    description: $('meta[property="og:description"]').attr('content') || '',
    image: $('meta[property="og:image"]').attr('content') || null,
  };
}

module.exports = { fetchPreview };
