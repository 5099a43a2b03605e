const https = require('https');
const fs = require('fs');
const axios = require('axios');

class PartnerClient {
  constructor(baseURL) {
    const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // cg-expect: CWE-295
    this.http = axios.create({ baseURL, httpsAgent: agent, timeout: 8000 });
  }

  async submitOrder(order) {
    const { data } = await this.http.post('/v2/orders', order);
    return data;
  }
}

module.exports = { PartnerClient };
