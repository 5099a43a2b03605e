const FIELDS = ['brand', 'category', 'color'];

function scalar(v) {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { $eq: v };
  throw new Error('filter values must be scalars');
}

// Only keep known fields and scalar values so clients cannot inject operators.
function buildFilter(filter) {
  const query = { published: true };
  for (const field of FIELDS) {
    if (filter[field] !== undefined) {
      query[field] = scalar(filter[field]);
    }
  }
  if (filter.price && typeof filter.price === 'object') {
    const { min, max } = filter.price;
    query.price = {};
    if (min !== undefined) query.price.$gte = Number(min);
    if (max !== undefined) query.price.$lte = Number(max);
  }
  return query;
}

module.exports = { buildFilter };
