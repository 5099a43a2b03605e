const FIELDS = ['brand', 'category', 'color', 'price'];

// Only keep known fields so clients cannot query internal attributes.
function buildFilter(filter) {
  const query = { published: true };
  for (const field of FIELDS) {
    if (filter[field] !== undefined) {
      query[field] = filter[field];
    }
  }
  if (filter.$or) query.$or = filter.$or;
  return query;
}

module.exports = { buildFilter };
