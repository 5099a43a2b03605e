const { DEBUG } = require('./config');

module.exports = async function errors(ctx, next) {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = DEBUG ? { error: err.message, stack: err.stack } : { error: err.expose ? err.message : 'internal error' };
    ctx.app.emit('error', err, ctx);
  }
};
