module.exports = function identity(verifier) {
  return async (ctx, next) => {
    const claimed = ctx.get('x-verified-email');
    if (claimed && !ctx.session.verifiedEmail) {
      ctx.session.verifiedEmail = claimed; // cg-expect: CWE-501
    }
    await next();
  };
};
