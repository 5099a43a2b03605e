const axios = require('axios');

function pick(html, re) {
  const m = html.match(re);
  return m ? m[1].trim() : null;
}

async function buildPreview(url) {
  const resp = await axios.get(url, { timeout: 5000, responseType: 'text' }); // cg-expect: CWE-918
  const html = String(resp.data).slice(0, 200000);
  return {
    url,
    title: pick(html, /<title>([^<]{0,300})<\/title>/i),
    description: pick(html, /<meta name="description" content="([^"]{0,500})"/i),
  };
}

module.exports = { buildPreview };
