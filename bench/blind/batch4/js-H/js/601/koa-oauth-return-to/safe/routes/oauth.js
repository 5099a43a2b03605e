const Router = require('@koa/router');
const { exchangeCode } = require('../oauth/client');
const router = new Router();

const ALLOWED_HOSTS = new Set(['app.acme.io', 'docs.acme.io']);
function allowed(url) {
  try { return ALLOWED_HOSTS.has(new URL(url, 'https://app.acme.io').host); } catch { return false; }
}

router.get('/auth/start', (ctx) => {
  ctx.session.returnTo = ctx.query.returnTo || '/';
  ctx.redirect('https://id.acme.io/authorize?client_id=web&response_type=code');
});

router.get('/auth/callback', async (ctx) => {
  const user = await exchangeCode(ctx.query.code);
  ctx.session.userId = user.id;
  const dest = allowed(ctx.session.returnTo) ? ctx.session.returnTo : '/';
  delete ctx.session.returnTo;
  ctx.redirect(dest);
});
module.exports = router;
