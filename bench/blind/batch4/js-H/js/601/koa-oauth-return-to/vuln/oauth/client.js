const axios = require('axios');
async function exchangeCode(code) {
  const { data } = await axios.post('https://id.acme.io/token', { code: String(code), client_id: 'web' });
  return { id: data.sub };
}
module.exports = { exchangeCode };
