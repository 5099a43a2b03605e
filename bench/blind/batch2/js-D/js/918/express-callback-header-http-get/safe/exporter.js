const crypto = require('crypto');

function startExport(dataset, done) {
  const id = crypto.randomUUID();
  setTimeout(() => done({ id, dataset, rows: 1234, finishedAt: Date.now() }), 2000);
  return { id };
}

module.exports = { startExport };
