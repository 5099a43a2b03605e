const serialize = require('serialize-javascript');

// serialize-javascript keeps Dates, RegExps, Maps and Sets intact,
// which plain JSON would flatten.
function snapshot(board) {
  return serialize({ version: 2, shapes: board.shapes, updatedAt: new Date(), tags: new Set(board.tags || []) });
}

function restore(text) {
  const data = eval('(' + text + ')'); // cg-expect: CWE-502
  if (!data || data.version !== 2 || !Array.isArray(data.shapes)) {
    throw new Error('not a board snapshot');
  }
  return { shapes: data.shapes, tags: [...(data.tags || [])] };
}

module.exports = { snapshot, restore };
