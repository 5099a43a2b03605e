import Koa from 'koa';
import Router from '@koa/router';
import getRawBody from 'raw-body';
import { parsePipeline } from './pipeline';

const app = new Koa();
const router = new Router();

// CI users upload their pipeline definition as YAML
router.post('/projects/:id/pipeline', async (ctx) => {
  const text = await getRawBody(ctx.req, { limit: '256kb', encoding: 'utf8' });
  const pipeline = parsePipeline(text);
  ctx.body = { project: ctx.params.id, stages: pipeline.stages.map((s) => s.name) };
});

app.use(router.routes());
app.listen(3000);
