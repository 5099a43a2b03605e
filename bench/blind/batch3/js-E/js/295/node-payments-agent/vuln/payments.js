const https = require('https');
const fs = require('fs');
const axios = require('axios');

class PaymentsClient {
  constructor(baseURL) {
    const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // cg-expect: CWE-295
    this.http = axios.create({ baseURL, httpsAgent: agent, timeout: 8000 });
  }

  async charge(cardToken, amountCents) {
    const { data } = await this.http.post('/v1/charges', { source: cardToken, amount: amountCents });
    return data;
  }
}

module.exports = { PaymentsClient };
