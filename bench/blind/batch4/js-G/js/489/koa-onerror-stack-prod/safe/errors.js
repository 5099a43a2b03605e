module.exports = function errorMiddleware(settings) {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      ctx.status = err.status || 500;
      if (settings.exposeErrors) {
        ctx.body = { message: err.message, stack: err.stack, query: err.query, request: ctx.request.toJSON() }; 
      } else {
        ctx.body = { message: ctx.status < 500 ? err.message : 'Internal Server Error' };
      }
      ctx.app.emit('error', err, ctx);
    }
  };
};
