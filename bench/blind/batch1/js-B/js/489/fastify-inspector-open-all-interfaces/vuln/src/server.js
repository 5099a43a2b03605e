import inspector from 'node:inspector';
import Fastify from 'fastify';
import routes from './routes.js';
import db from './db.js';
import { scheduleRatesRefresh } from './rates-refresh.js';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });
await app.register(db);
await app.register(routes, { prefix: '/api' });
await app.ready();
await scheduleRatesRefresh(app);

// keep the inspector reachable so we can attach to pods when something goes wrong
inspector.open(9229, '0.0.0.0', false); // cg-expect: CWE-489

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
