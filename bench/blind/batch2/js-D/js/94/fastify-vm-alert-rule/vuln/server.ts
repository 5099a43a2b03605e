import Fastify from 'fastify';
import { RuleEvaluator } from './rules';

const app = Fastify({ logger: true });
const evaluator = new RuleEvaluator();

app.post<{ Body: { metric: string; rule: string; threshold: number } }>('/alerts/test', {
  schema: {
    body: {
      type: 'object',
      required: ['metric', 'rule'],
      properties: {
        metric: { type: 'string' },
        rule: { type: 'string', maxLength: 300 },
        threshold: { type: 'number' },
      },
    },
  },
}, async (request) => {
  const { metric, rule, threshold } = request.body;
  const fired = await evaluator.evaluate(metric, rule, threshold ?? 0);
  return { metric, fired };
});

app.listen({ port: 9000 });
