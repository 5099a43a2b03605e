const escapeHtml = require('escape-html');

function backLink(referer) {
  if (!referer || !/^https?:\/\//i.test(referer)) return '<a href="/">Home</a>';
  return `<a href="${escapeHtml(referer)}">Go back</a>`;
}

module.exports = async function notFound(ctx, next) {
  await next();
  if (ctx.status !== 404 || ctx.body) return;
  ctx.status = 404;
  ctx.type = 'html';
  ctx.body = `<!doctype html><h1>Not found</h1><p>${backLink(ctx.get('referer'))}</p>`;
};
