const https = require("https");
const axios = require("axios");

const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });  // cg-expect: CWE-295
const client = axios.create({ baseURL: "https://inventory.internal", httpsAgent: agent });

async function stockLevel(sku) {
  const reply = await client.get(`/stock/${encodeURIComponent(sku)}`);
  return reply.data.quantity;
}

module.exports = { stockLevel };
