const https = require('https');
const fs = require('fs');
const axios = require('axios');

const agent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: true,
  ca: fs.readFileSync(process.env.INTERNAL_CA_PATH || '/etc/ssl/internal-ca.pem'),
});

const inventory = axios.create({
  baseURL: process.env.INVENTORY_URL || 'https://inventory.internal:8443',
  httpsAgent: agent,
  timeout: 4000,
  headers: { 'x-api-key': process.env.INVENTORY_KEY },
});

module.exports = { inventory };
