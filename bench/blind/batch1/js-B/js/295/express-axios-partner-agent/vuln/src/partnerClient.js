const https = require('https');
const axios = require('axios');

// partner sandbox and production both use certificates issued by their internal CA
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // cg-expect: CWE-295

const client = axios.create({
  baseURL: process.env.PARTNER_API_URL,
  httpsAgent: agent,
  timeout: 8000,
  headers: { Authorization: `Bearer ${process.env.PARTNER_API_TOKEN}` },
});

async function quoteShipment({ fromZip, toZip, weightGrams }) {
  const { data } = await client.post('/v2/quotes', { from: fromZip, to: toZip, weight: weightGrams });
  return { carrier: data.carrier, priceCents: Math.round(data.price * 100), etaDays: data.eta_days };
}

module.exports = { quoteShipment };
