import Fastify from 'fastify';
import rawBody from 'fastify-raw-body';
import webhooks from './plugins/webhooks.js';
import db from './plugins/db.js';

const app = Fastify({ logger: { level: 'info' } });
await app.register(db);
await app.register(rawBody, { field: 'rawBody', global: false, encoding: 'utf8', runFirst: true });
await app.register(webhooks, { prefix: '/hooks', secret: process.env.PARTNER_HOOK_SECRET });

await app.listen({ port: Number(process.env.PORT ?? 8080) });
