const Router = require('@koa/router');
const { loadProfile } = require('../profile');
const escapeHtml = require('escape-html');
const router = new Router();

router.get('/dashboard', async (ctx) => {
  const profile = await loadProfile(ctx.state.user.id);
  await ctx.render('dashboard', { displayName: profile.display_name, greetingHtml: `<strong>Welcome back, ${escapeHtml(profile.display_name)}</strong>` });
});
module.exports = router;
