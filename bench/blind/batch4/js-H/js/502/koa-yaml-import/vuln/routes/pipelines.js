const Router = require('@koa/router');
const { parsePipeline } = require('../pipeline');
const router = new Router();

router.post('/pipelines/import', async (ctx) => {
  const file = ctx.request.files && ctx.request.files.definition;
  const text = await require('fs/promises').readFile(file.filepath, 'utf8');
  ctx.body = parsePipeline(text);
});
module.exports = router;
