import Koa from 'koa';
import Router from '@koa/router';
import { Directory } from './directory';

const app = new Koa();
const router = new Router();
const dir = new Directory('ldap://ldap.internal:389', 'dc=acme,dc=io');

router.get('/groups/:name/members', async (ctx) => {
  ctx.body = await dir.groupMembers(ctx.params.name);
});

app.use(router.routes());
app.listen(3001);
