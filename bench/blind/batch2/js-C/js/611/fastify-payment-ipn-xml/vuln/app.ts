import Fastify from 'fastify';
import { IpnHandler } from './ipn';

const app = Fastify();
const ipn = new IpnHandler();

app.addContentTypeParser(['text/xml', 'application/xml'], { parseAs: 'string', bodyLimit: 65536 }, (req, body, done) => done(null, body));

app.post('/payments/notify', async (req, reply) => {
  const event = ipn.handle(req.body as string);
  return reply.type('text/plain').send(event ? 'OK' : 'IGNORED');
});

app.listen({ port: 3002 });
