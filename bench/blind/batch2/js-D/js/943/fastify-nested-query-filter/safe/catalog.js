const FIELDS = {
  category: 'string',
  brand: 'string',
  inStock: 'boolean',
};

class Catalog {
  constructor(collection) {
    this.collection = collection;
  }

  buildFilter(input) {
    const filter = { hidden: { $ne: true } };
    for (const [key, type] of Object.entries(FIELDS)) {
      const v = input[key];
      if (v === undefined) continue;
      if (type === 'boolean') filter[key] = v === 'true' || v === true;
      else if (typeof v === 'string') filter[key] = v;
    }
    return filter;
  }

  async search(input, limit) {
    const n = Math.min(parseInt(limit, 10) || 20, 100);
    const filter = this.buildFilter(input);
    return this.collection.find(filter).limit(n).toArray();
  }
}

module.exports = { Catalog };
