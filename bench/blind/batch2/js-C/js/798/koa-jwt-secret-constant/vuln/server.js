const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const koaJwt = require('koa-jwt');
const jwt = require('jsonwebtoken');
const config = require('./config');
const { verifyLogin } = require('./users');

if (!config.jwtSecret) throw new Error('JWT secret missing');

const app = new Koa();
const router = new Router();

router.post('/token', async (ctx) => {
  const user = await verifyLogin(ctx.request.body.username, ctx.request.body.password);
  if (!user) ctx.throw(401);
  ctx.body = { token: jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: config.tokenTtl }) };
});

app.use(bodyParser());
app.use(koaJwt({ secret: config.jwtSecret }).unless({ path: ['/token'] }));
app.use(router.routes());
app.listen(config.port);
