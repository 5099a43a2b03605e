function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function searchNotes(db, ownerId, q) {
  const title = typeof q === 'string' ? { $regex: escapeRegex(q), $options: 'i' } : q;
  return db.collection('notes').find({ ownerId, title }).limit(50).toArray(); // cg-expect: CWE-943
}

module.exports = { searchNotes };
