const Koa = require('koa');
const notFound = require('./notFound');
const router = require('./router');

const app = new Koa();
app.use(notFound);
app.use(router.routes());
module.exports = app;
