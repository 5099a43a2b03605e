const escapeHtml = require('escape-html');

function backLink(referer) {
  return referer ? `<a href="${referer}">Go back</a>` : '<a href="/">Home</a>';
}

module.exports = async function notFound(ctx, next) {
  await next();
  if (ctx.status !== 404 || ctx.body) return;
  ctx.status = 404;
  ctx.type = 'html';
  ctx.body = `<!doctype html><h1>Not found</h1><p>${backLink(ctx.get('referer'))}</p>`; // cg-expect: CWE-79
};
