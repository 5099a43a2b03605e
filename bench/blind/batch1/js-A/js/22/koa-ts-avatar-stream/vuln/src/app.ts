import Koa from 'koa';
import Router from '@koa/router';
import { AvatarStore } from './avatar-store';

const app = new Koa();
const router = new Router();
const avatars = new AvatarStore('/var/lib/app/avatars');

router.get('/avatars/:name', async (ctx) => {
  const stream = await avatars.open(ctx.params.name);
  if (!stream) ctx.throw(404);
  ctx.type = 'image/png';
  ctx.set('Cache-Control', 'public, max-age=86400');
  ctx.body = stream;
});

app.use(router.routes());
app.listen(3000);
