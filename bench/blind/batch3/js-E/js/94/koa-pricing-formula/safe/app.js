const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { evaluateFormula } = require('./rules');

const app = new Koa();
const router = new Router();

router.post('/api/quote', (ctx) => {
  const { formula, vars } = ctx.request.body;
  const price = evaluateFormula(formula, vars || {});
  ctx.body = { price };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
