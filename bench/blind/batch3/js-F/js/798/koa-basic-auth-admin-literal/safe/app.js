const Koa = require('koa');
const admin = require('./admin');

const app = new Koa();
app.use(admin.routes());
app.listen(Number(process.env.PORT) || 3000);
