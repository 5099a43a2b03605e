class Catalog {
  constructor(collection) {
    this.collection = collection;
  }

  buildFilter(input) {
    return { ...input, hidden: { $ne: true } };
  }

  async search(input, limit) {
    const n = Math.min(parseInt(limit, 10) || 20, 100);
    const filter = this.buildFilter(input);
    return this.collection.find(filter).limit(n).toArray(); // cg-expect: CWE-943
  }
}

module.exports = { Catalog };
