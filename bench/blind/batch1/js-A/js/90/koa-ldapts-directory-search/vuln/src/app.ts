import Koa from 'koa';
import Router from '@koa/router';
import { DirectoryService } from './directory-service';

const app = new Koa();
const router = new Router();
const directory = new DirectoryService('ldaps://ldap.corp.example', 'dc=corp,dc=example');

router.get('/api/people', async (ctx) => {
  const q = String(ctx.query.q ?? '').trim();
  if (q.length < 2) ctx.throw(400, 'query too short');
  ctx.body = await directory.search(q);
});

app.use(router.routes());
app.listen(3000);
