const { Agent, request } = require('undici');

const dispatcher = new Agent({ connect: { rejectUnauthorized: true }, keepAliveTimeout: 10000 });

async function getRate(from, to) {
  const url = `https://fx.partner.example/v1/rates?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const { statusCode, body } = await request(url, { dispatcher, headers: { authorization: `Bearer ${process.env.FX_TOKEN}` } });
  if (statusCode !== 200) throw new Error(`fx ${statusCode}`);
  return (await body.json()).rate;
}

module.exports = { getRate };
