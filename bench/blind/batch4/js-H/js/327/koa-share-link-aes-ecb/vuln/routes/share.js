const Router = require('@koa/router');
const { seal, unseal } = require('../sharing');
const router = new Router();
router.post('/docs/:id/share', (ctx) => { ctx.body = { link: `/s/${seal(ctx.params.id, ctx.state.user.id)}` }; });
router.get('/s/:token', (ctx) => { const { docId } = unseal(ctx.params.token); ctx.redirect(`/docs/${encodeURIComponent(docId)}`); });
module.exports = router;
