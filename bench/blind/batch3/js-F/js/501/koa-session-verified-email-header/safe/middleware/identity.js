module.exports = function identity(verifier) {
  return async (ctx, next) => {
    const claimed = ctx.get('x-verified-email');
    if (claimed && !ctx.session.verifiedEmail) {
      const proof = ctx.get('x-email-proof');
      const verified = await verifier.check(claimed, proof);
      if (verified) ctx.session.verifiedEmail = verified.email;
    }
    await next();
  };
};
