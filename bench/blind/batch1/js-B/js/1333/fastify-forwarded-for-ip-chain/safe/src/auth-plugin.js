import fp from 'fastify-plugin';
import bcrypt from 'bcrypt';
import { SignJWT } from 'jose';

const key = new TextEncoder().encode(process.env.JWT_SECRET);

export default fp(async function authPlugin(app) {
  app.decorate('auth', {
    async verify(username, password) {
      if (typeof username !== 'string' || typeof password !== 'string') return false;
      const { rows } = await app.pg.query('SELECT password_hash FROM users WHERE username = $1', [username]);
      return rows.length > 0 && bcrypt.compare(password, rows[0].password_hash);
    },
    async issue(username) {
      return new SignJWT({ sub: username }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);
    },
  });
});
