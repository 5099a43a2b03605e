const Router = require('@koa/router');
const { destroySession } = require('./sessions');

const router = new Router();

function afterLogoutTarget(ctx) {
  const ref = ctx.get('Referer');
  try {
    const u = new URL(ref);
    if (u.origin === ctx.origin) return u.pathname;
  } catch {}
  return '/';
}

router.post('/logout', async (ctx) => {
  await destroySession(ctx.cookies.get('sid'));
  ctx.cookies.set('sid', null);
  ctx.redirect(afterLogoutTarget(ctx));
});

router.get('/logged-out', (ctx) => {
  ctx.body = 'You have been signed out.';
});

module.exports = router;
