const superjson = require('superjson');

// superjson keeps Dates, RegExps, Maps and Sets intact,
// which plain JSON would flatten, without evaluating code on the way back.
function snapshot(board) {
  return superjson.stringify({ version: 2, shapes: board.shapes, updatedAt: new Date(), tags: new Set(board.tags || []) });
}

function restore(text) {
  const data = superjson.parse(text);
  if (!data || data.version !== 2 || !Array.isArray(data.shapes)) {
    throw new Error('not a board snapshot');
  }
  return { shapes: data.shapes, tags: [...(data.tags || [])] };
}

module.exports = { snapshot, restore };
