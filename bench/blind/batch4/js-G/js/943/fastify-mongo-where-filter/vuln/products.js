function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function findProducts(db, tag) {
  const filter = { $where: `this.tags.indexOf('${tag}') !== -1 && this.visible` };
  return db.collection('products').find(filter).limit(50).toArray(); // cg-expect: CWE-943
}

module.exports = { findProducts };
