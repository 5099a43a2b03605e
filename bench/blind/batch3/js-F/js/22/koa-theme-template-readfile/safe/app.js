const Koa = require('koa');
const Router = require('@koa/router');
const { loadTheme } = require('./themes');

const app = new Koa();
const router = new Router();

router.get('/theme.css', async (ctx) => {
  ctx.type = 'text/css';
  ctx.body = await loadTheme(ctx.query.name || 'default');
});

app.use(router.routes());
module.exports = app;
