import Fastify from 'fastify';
import { JobQueue } from './queue';

const app = Fastify();
const queue = new JobQueue();

app.post<{ Body: { payload: string } }>('/jobs', async (req) => {
  const id = queue.enqueue(req.body.payload);
  return { id };
});

app.listen({ port: 3002 });
