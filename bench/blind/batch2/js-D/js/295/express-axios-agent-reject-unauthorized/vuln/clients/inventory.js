const https = require('https');
const axios = require('axios');

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // cg-expect: CWE-295

const inventory = axios.create({
  baseURL: process.env.INVENTORY_URL || 'https://inventory.internal:8443',
  httpsAgent: agent,
  timeout: 4000,
  headers: { 'x-api-key': process.env.INVENTORY_KEY },
});

module.exports = { inventory };
