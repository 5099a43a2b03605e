const Router = require('@koa/router');
const Note = require('../models/note');
const router = new Router();

router.get('/notes/search', async (ctx) => {
  const term = String(ctx.query.term || '');
  const owner = ctx.state.user.id;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  ctx.body = await Note.find({ owner, title: { $regex: escaped, $options: 'i' } }).limit(50).lean();
});
module.exports = router;
