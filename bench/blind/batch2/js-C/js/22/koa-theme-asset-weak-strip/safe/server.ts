import Koa from 'koa';
import Router from '@koa/router';
import { loadThemeAsset } from './themes';

const app = new Koa();
const router = new Router();

router.get('/theme-asset', async (ctx) => {
  const file = String(ctx.query.file ?? '');
  ctx.type = file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
  ctx.body = await loadThemeAsset(file);
});

app.use(router.routes());
app.listen(3001);
