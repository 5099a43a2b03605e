import Fastify from 'fastify';
import { OtpService } from './otp';

const app = Fastify({ logger: true });
const otp = new OtpService();

app.post<{ Body: { phone: string } }>('/auth/otp/request', async (request, reply) => {
  const phone = String(request.body.phone).replace(/[^\d+]/g, '');
  if (phone.length < 8) {
    return reply.code(400).send({ error: 'invalid phone' });
  }
  await otp.send(phone);
  return { sent: true };
});

app.post<{ Body: { phone: string; code: string } }>('/auth/otp/verify', async (request, reply) => {
  const ok = otp.verify(String(request.body.phone), String(request.body.code));
  return ok ? { ok } : reply.code(401).send({ ok });
});

app.listen({ port: 3000 });
