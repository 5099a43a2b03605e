const ALLOWED = new Set(['/', '/login', '/goodbye']);

function pickTarget(ctx) {
  const candidate = ctx.query.next || ctx.get('x-return-url') || '/';
  return candidate;
}

module.exports = async function logout(ctx) {
  ctx.session = null;
  ctx.redirect(pickTarget(ctx)); // cg-expect: CWE-601
};
