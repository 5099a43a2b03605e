const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');
const logout = require('./logout');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
const router = new Router();
router.get('/logout', logout);
app.use(session(app)).use(router.routes());
module.exports = app;
