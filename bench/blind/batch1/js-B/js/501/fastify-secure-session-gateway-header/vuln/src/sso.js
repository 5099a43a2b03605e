// The corporate auth gateway authenticates users and forwards them to /sso/landing
// with identity headers attached.
export default async function ssoRoutes(app) {
  app.get('/sso/landing', async (request, reply) => {
    const userId = request.headers['x-authenticated-user'];
    const email = request.headers['x-authenticated-email'];
    if (typeof userId !== 'string' || userId.length === 0) {
      return reply.code(401).send({ error: 'gateway did not identify you' });
    }
    request.session.set('userId', userId); // cg-expect: CWE-501
    request.session.set('email', email);
    return reply.redirect('/app');
  });
}
