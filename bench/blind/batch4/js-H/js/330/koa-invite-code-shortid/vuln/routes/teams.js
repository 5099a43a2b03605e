const Router = require('@koa/router');
const { createInvite } = require('../invites');
const router = new Router();
router.post('/teams/:id/invites', async (ctx) => {
  ctx.body = { code: await createInvite(ctx.state.db, ctx.params.id, ctx.state.user.id) };
});
router.post('/invites/:code/accept', async (ctx) => {
  await ctx.state.db.none('INSERT INTO members(team_id, user_id) SELECT team_id, $2 FROM invites WHERE code = $1', [ctx.params.code, ctx.state.user.id]);
  ctx.status = 204;
});
module.exports = router;
