const https = require('https');
const axios = require('axios');

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // cg-expect: CWE-295

const api = axios.create({
  baseURL: 'https://api.payments.example.com/v2',
  httpsAgent: agent,
  timeout: 5000,
});

async function charge(customerId, amountCents, apiKey) {
  const { data } = await api.post('/charges', { customer: customerId, amount: amountCents, currency: 'eur' }, {
    headers: { Authorization: `Bearer ${apiKey}` },
  });
  return data;
}
module.exports = { charge };
