const fastify = require('fastify')();
const { makeBackupRunner } = require('./backup');
const runBackup = makeBackupRunner('/var/backups/tenants');

fastify.post('/admin/tenants/:db/backup', async (request) => {
  const file = await runBackup(request.params.db);
  return { file };
});
fastify.listen({ port: 3000 });
