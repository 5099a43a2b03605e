function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function findProducts(db, tag) {
  const filter = { tags: { $regex: `^${escapeRegex(String(tag))}$` }, visible: true };
  return db.collection('products').find(filter).limit(50).toArray();
}

module.exports = { findProducts };
