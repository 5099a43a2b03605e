const { createClient } = require('redis');
const client = createClient({ url: process.env.REDIS_URL });
client.connect().catch((e) => console.error('redis', e));
module.exports = client;
