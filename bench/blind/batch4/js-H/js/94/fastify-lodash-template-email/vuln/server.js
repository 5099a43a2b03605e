const fastify = require('fastify')();
const db = require('./db');
const { renderCampaign } = require('./mailer');

fastify.put('/campaigns/:id', async (request) => {
  await db.none('UPDATE campaigns SET subject = $1, body = $2 WHERE id = $3 AND owner = $4',
    [request.body.subject, request.body.body, request.params.id, request.user.id]);
  return { ok: true };
});
fastify.get('/campaigns/:id/preview', async (request) => renderCampaign(request.params.id, { name: 'Preview', unsubscribeUrl: '#' }));
fastify.listen({ port: 3000 });
