import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ImportJob } from './import-job';

interface ImportBody {
  repoUrl: string;
  ref?: string;
}

export default async function importRoutes(app: FastifyInstance) {
  app.post('/imports', async (req: FastifyRequest<{ Body: ImportBody }>, reply) => {
    const job = new ImportJob(req.body.repoUrl, req.body.ref ?? 'main');
    const workdir = await job.cloneInto('/srv/imports');
    return reply.code(202).send({ workdir });
  });
}
