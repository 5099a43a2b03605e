const fastify = require('fastify')({ logger: true });
const { WidgetConfig } = require('./widgetConfig');

const configs = new Map();

fastify.post('/widgets/:id/config', {
  schema: {
    body: {
      type: 'object',
      required: ['path'],
      properties: { path: { type: 'string', maxLength: 200 }, value: {} },
    },
  },
}, async (request) => {
  const id = request.params.id;
  if (!configs.has(id)) configs.set(id, new WidgetConfig());
  const cfg = configs.get(id);
  cfg.set(request.body.path, request.body.value);
  return cfg.toJSON();
});

fastify.listen({ port: 3000 });
