const { parsePipeline } = require('../lib/pipelines');
const store = require('../db/pipelines');

module.exports = async function (fastify) {
  fastify.addContentTypeParser(['application/yaml', 'text/yaml'], { parseAs: 'string' }, (req, body, done) => done(null, body));

  fastify.post('/projects/:id/pipeline', async (request, reply) => {
    let pipeline;
    try {
      pipeline = parsePipeline(request.body);
    } catch (e) {
      return reply.code(422).send({ error: e.message });
    }
    await store.save(request.params.id, pipeline);
    return { steps: pipeline.steps.length };
  });
};
