const Router = require('@koa/router');
const { loadProfile } = require('../profile');
const router = new Router();

router.get('/dashboard', async (ctx) => {
  const profile = await loadProfile(ctx.state.user.id);
  await ctx.render('dashboard', { displayName: profile.display_name, greetingHtml: `<strong>Welcome back, ${profile.display_name}</strong>` }); // cg-expect: CWE-79
});
module.exports = router;
