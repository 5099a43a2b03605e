function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function searchNotes(db, ownerId, q) {
  if (typeof q !== 'string') return [];
  const title = { $regex: escapeRegex(q), $options: 'i' };
  return db.collection('notes').find({ ownerId, title }).limit(50).toArray();
}

module.exports = { searchNotes };
