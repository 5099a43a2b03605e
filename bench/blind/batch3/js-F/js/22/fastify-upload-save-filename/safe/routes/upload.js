const { saveUpload } = require('../lib/uploads');

module.exports = async function (fastify) {
  fastify.post('/documents', async (request) => {
    const data = await request.file();
    const stored = await saveUpload(data.filename, data.file);
    return { stored };
  });
};
