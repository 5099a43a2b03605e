import Fastify from 'fastify';
import { DeviceClassifier } from './classifier';

const app = Fastify();
const classifier = new DeviceClassifier();

app.addHook('onRequest', async (req) => {
  (req as any).device = classifier.classify(String(req.headers['user-agent'] ?? ''));
});

app.get('/', async (req) => ({ device: (req as any).device }));

app.listen({ port: 3002 });
