const https = require('https');
const fs = require('fs');
const axios = require('axios');

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // cg-expect: CWE-295

const client = axios.create({
  baseURL: 'https://api.payments.example.net/v2',
  httpsAgent: agent,
  timeout: 10000,
  headers: { Authorization: `Bearer ${process.env.GATEWAY_API_KEY}` },
});

async function chargeCard({ amount, currency, cardToken }) {
  const { data } = await client.post('/charges', { amount, currency, source: cardToken });
  return { id: data.id, status: data.status };
}

module.exports = { chargeCard };
