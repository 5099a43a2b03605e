import { createRemoteJWKSet, jwtVerify } from 'jose';

const gatewayKeys = createRemoteJWKSet(new URL(process.env.GATEWAY_JWKS_URL));

// The corporate auth gateway authenticates users and forwards them to /sso/landing
// with a signed identity assertion attached.
export default async function ssoRoutes(app) {
  app.get('/sso/landing', async (request, reply) => {
    const assertion = request.headers['x-authenticated-assertion'];
    if (typeof assertion !== 'string' || assertion.length === 0) {
      return reply.code(401).send({ error: 'gateway did not identify you' });
    }
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(assertion, gatewayKeys, {
        issuer: process.env.GATEWAY_ISSUER,
        audience: 'portal',
      }));
    } catch {
      return reply.code(401).send({ error: 'invalid gateway assertion' });
    }
    request.session.set('userId', claims.sub);
    request.session.set('email', claims.email);
    return reply.redirect('/app');
  });
}
