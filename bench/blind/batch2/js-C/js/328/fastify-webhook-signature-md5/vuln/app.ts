import Fastify from 'fastify';
import { SignatureVerifier } from './verifier';

const app = Fastify();
const verifier = new SignatureVerifier(process.env.WEBHOOK_SECRET ?? '');

app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => done(null, body));

app.post('/hooks/payments', async (req, reply) => {
  const raw = req.body as string;
  if (!verifier.verify(raw, String(req.headers['x-signature'] ?? ''))) {
    return reply.code(401).send({ error: 'bad signature' });
  }
  const event = JSON.parse(raw);
  return { received: event.id };
});

app.listen({ port: 3002 });
