import crypto from 'node:crypto';

function expectedSignature(secret, timestamp, payload) {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

export default async function webhooks(app, opts) {
  app.post('/shipments', { config: { rawBody: true } }, async (request, reply) => {
    const sig = request.headers['x-partner-signature'];
    const ts = request.headers['x-partner-timestamp'];
    if (typeof sig !== 'string' || typeof ts !== 'string') {
      return reply.code(400).send({ error: 'unsigned' });
    }
    if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) {
      return reply.code(400).send({ error: 'stale' });
    }
    const want = Buffer.from(expectedSignature(opts.secret, ts, request.rawBody), 'hex');
    const got = Buffer.from(sig, 'hex');
    if (want.length !== got.length || !crypto.timingSafeEqual(want, got)) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    const event = request.body;
    await app.pg.query('UPDATE shipments SET status = $1 WHERE tracking_no = $2', [event.status, event.trackingNo]);
    return { received: true };
  });
}
