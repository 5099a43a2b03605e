const fastify = require('fastify')({ logger: true });
const { Translations } = require('./translations');

const i18n = new Translations(__dirname + '/locales');

fastify.get('/i18n/messages', async (request, reply) => {
  const header = String(request.headers['accept-language'] || 'en');
  const locale = header.split(',')[0].split(';')[0].trim();
  try {
    const messages = await i18n.load(locale);
    reply.header('content-language', locale);
    return messages;
  } catch {
    return i18n.load('en');
  }
});

fastify.listen({ port: 3000 });
