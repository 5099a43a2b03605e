const Router = require('@koa/router');
const projects = require('../db/projects');
const { BuildWorker } = require('../worker/build');
const router = new Router();
const worker = new BuildWorker('/var/builds');

router.put('/projects/:id/repo', async (ctx) => {
  await projects.update(ctx.params.id, { repoUrl: String(ctx.request.body.repoUrl) });
  ctx.status = 204;
});

router.post('/projects/:id/build', async (ctx) => {
  const project = await projects.get(ctx.params.id);
  ctx.body = { dir: await worker.checkout(project) };
});

module.exports = router;
