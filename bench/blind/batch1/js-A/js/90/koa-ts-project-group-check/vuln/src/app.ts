import Koa from 'koa';
import Router from '@koa/router';
import send from 'koa-send';
import { isProjectMember } from './membership';

const app = new Koa();
const router = new Router();

// ctx.state.user.dn is set by the SAML middleware (not shown)
router.get('/projects/:project/files/:file', async (ctx) => {
  const { project, file } = ctx.params;
  const allowed = await isProjectMember(project, ctx.state.user.dn);
  if (!allowed) ctx.throw(403);
  const projectId = project.replace(/[^a-z0-9-]/gi, '');
  await send(ctx, file, { root: `/srv/projects/${projectId}` });
});

app.use(router.routes());
app.listen(3000);
