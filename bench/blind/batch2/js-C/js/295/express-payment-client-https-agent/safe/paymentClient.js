const https = require('https');
const axios = require('axios');

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: true, minVersion: 'TLSv1.2' });

const client = axios.create({ baseURL: 'https://api.payments.example.net/v2', httpsAgent: agent, timeout: 10000 });

async function charge(cardToken, amountCents) {
  const { data } = await client.post('/charges', { source: cardToken, amount: amountCents, currency: 'EUR' });
  return data;
}

module.exports = { charge };
