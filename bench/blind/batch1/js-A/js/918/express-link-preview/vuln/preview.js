const axios = require('axios');
const cheerio = require('cheerio');

async function fetchPreview(url) {
  const parsed = new URL(url);
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('unsupported scheme');
  const response = await axios.get(parsed.href, { timeout: 4000, maxContentLength: 2_000_000, responseType: 'text' }); // cg-expect: CWE-918
  const $ = cheerio.load(response.data);
  return {
    url: parsed.href,
    title: $('meta[property="og:title"]').attr('content') || $('title').text(),
    description: $('meta[property="og:description"]').attr('content') || '',
    image: $('meta[property="og:image"]').attr('content') || null,
  };
}

module.exports = { fetchPreview };
