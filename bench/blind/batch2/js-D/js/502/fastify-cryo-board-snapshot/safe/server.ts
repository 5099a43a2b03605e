import Fastify from 'fastify';
import { SnapshotService } from './snapshots';

const app = Fastify({ logger: true, bodyLimit: 512 * 1024 });
const snapshots = new SnapshotService();

app.post<{ Params: { boardId: string }; Body: { snapshot: string } }>('/boards/:boardId/restore', async (request, reply) => {
  if (typeof request.body?.snapshot !== 'string') {
    return reply.code(400).send({ error: 'snapshot required' });
  }
  const board = snapshots.restore(request.body.snapshot);
  return { boardId: request.params.boardId, cards: board.cards.length, title: board.title };
});

app.get<{ Params: { boardId: string } }>('/boards/:boardId/snapshot', async (request) => {
  return { snapshot: snapshots.take({ title: `Board ${request.params.boardId}`, cards: [] }) };
});

app.listen({ port: 3000 });
