export default async function adminRoutes(app) {
  app.addHook('onRequest', async (request, reply) => {
    const userId = request.session.get('userId');
    if (!userId) return reply.code(401).send({ error: 'not signed in' });
    const { rows } = await app.pg.query('SELECT is_admin FROM users WHERE id = $1', [userId]);
    if (!rows[0]?.is_admin) return reply.code(403).send({ error: 'admins only' });
  });

  app.get('/admin/audit-log', async () => {
    const { rows } = await app.pg.query('SELECT at, actor_id, action FROM audit_log ORDER BY at DESC LIMIT 100');
    return rows;
  });
}
