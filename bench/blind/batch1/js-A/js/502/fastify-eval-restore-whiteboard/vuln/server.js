const fastify = require('fastify')({ bodyLimit: 1024 * 1024 });
const { snapshot, restore } = require('./snapshots');

const boards = new Map();

fastify.get('/boards/:id/export', async (request, reply) => {
  const board = boards.get(request.params.id);
  if (!board) return reply.code(404).send();
  return reply.type('text/plain').send(snapshot(board));
});

// users can re-import a board they exported earlier (file upload in the UI, sent as text)
fastify.post('/boards/:id/import', async (request, reply) => {
  const board = restore(String(request.body.snapshot || ''));
  boards.set(request.params.id, board);
  return { shapes: board.shapes.length };
});

fastify.listen({ port: 3000 });
