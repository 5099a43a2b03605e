module.exports = async function (fastify) {
  fastify.post('/users', async (request, reply) => {
    const { email, password } = request.body;
    const hash = await fastify.hashPassword(String(password));
    const { rows } = await fastify.pg.query('INSERT INTO users(email, password_hash) VALUES ($1, $2) RETURNING id', [email, hash]);
    return reply.code(201).send({ id: rows[0].id });
  });
};
