const Router = require('@koa/router');
const { exchangeCode } = require('./provider');
const { decodeState } = require('./state');

const router = new Router({ prefix: '/oauth' });

router.get('/callback', async (ctx) => {
  const { code, state } = ctx.query;
  const tokens = await exchangeCode(String(code));
  ctx.session.accessToken = tokens.access_token;
  const { returnTo } = decodeState(String(state));
  ctx.redirect(returnTo); 
});

module.exports = router;
