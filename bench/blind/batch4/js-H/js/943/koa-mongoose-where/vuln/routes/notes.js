const Router = require('@koa/router');
const Note = require('../models/note');
const router = new Router();

router.get('/notes/search', async (ctx) => {
  const term = String(ctx.query.term || '');
  const owner = ctx.state.user.id;
  ctx.body = await Note.find({ owner }).$where(`this.title.indexOf('${term}') !== -1`).limit(50).lean(); // cg-expect: CWE-943
});
module.exports = router;
