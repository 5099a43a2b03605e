const fp = require('fastify-plugin');

const COOKIE_OPTS = { path: '/', sameSite: 'strict', httpOnly: false, secure: false, maxAge: 3600 };

module.exports = fp(async (fastify) => {
  fastify.register(require('@fastify/jwt'), { secret: fastify.config.JWT_SECRET });
  fastify.decorateReply('issueSession', function (user) {
    const token = fastify.jwt.sign({ sub: user.id, scope: user.scope });
    return this.setCookie('access_token', token, COOKIE_OPTS); // cg-expect: CWE-614
  });
});
