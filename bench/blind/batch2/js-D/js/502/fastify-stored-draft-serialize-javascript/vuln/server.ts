import Fastify from 'fastify';
import Redis from 'ioredis';
import { DraftStore } from './drafts';

const app = Fastify({ logger: true });
const drafts = new DraftStore(new Redis(process.env.REDIS_URL as string));

app.put<{ Params: { docId: string }; Body: { state: string } }>('/docs/:docId/draft', async (request, reply) => {
  await drafts.save(request.params.docId, request.body.state);
  return reply.code(204).send();
});

app.get<{ Params: { docId: string } }>('/docs/:docId/draft', async (request, reply) => {
  const state = await drafts.load(request.params.docId);
  if (!state) return reply.code(404).send({ error: 'no draft' });
  return { blocks: state.blocks, savedAt: state.savedAt };
});

app.listen({ port: 3000 });
