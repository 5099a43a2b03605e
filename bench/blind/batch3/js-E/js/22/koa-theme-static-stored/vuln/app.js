const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const profiles = require('./profiles');
const { loadThemeCss } = require('./themes');

const app = new Koa();
const router = new Router();

router.put('/profile/theme', async (ctx) => {
  await profiles.setTheme(ctx.state.user.id, String(ctx.request.body.theme || 'default.css'));
  ctx.status = 204;
});

router.get('/theme.css', async (ctx) => {
  const theme = await profiles.getTheme(ctx.state.user.id);
  ctx.type = 'text/css';
  ctx.body = await loadThemeCss(theme);
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
