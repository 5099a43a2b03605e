import Fastify from 'fastify';
import { PiiCipher } from './piiCipher';
import { Pool } from 'pg';

const app = Fastify({ logger: true });
const pool = new Pool();
const pii = new PiiCipher(process.env.PII_KEY_B64 as string);

app.post<{ Body: { employeeId: number; ssn: string } }>('/onboarding/tax-info', async (request, reply) => {
  const ssn = String(request.body.ssn).replace(/\D/g, '');
  if (ssn.length !== 9) {
    return reply.code(400).send({ error: 'invalid SSN' });
  }
  const sealed = pii.encrypt(ssn);
  await pool.query('UPDATE employees SET ssn_enc = $1, ssn_last4 = $2 WHERE id = $3', [sealed, ssn.slice(-4), request.body.employeeId]);
  return reply.code(204).send();
});

app.listen({ port: 3000 });
