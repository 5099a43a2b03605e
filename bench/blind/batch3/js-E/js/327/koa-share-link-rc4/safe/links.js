const Router = require('@koa/router');
const { sealLink, openLink } = require('./linkcrypto');

const router = new Router();

router.post('/docs/:id/share', async (ctx) => {
  const token = sealLink({ doc: ctx.params.id, by: ctx.state.user.id, exp: Date.now() + 86400000 });
  ctx.body = { url: `https://docs.example.com/s/${token}` };
});

router.get('/s/:token', async (ctx) => {
  const link = openLink(ctx.params.token);
  if (!link || link.exp < Date.now()) ctx.throw(404);
  ctx.redirect(`/docs/${encodeURIComponent(link.doc)}`);
});

module.exports = router;
