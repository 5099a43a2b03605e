class BookRepo {
  constructor(db) {
    this.books = db.collection('books');
  }

  byAuthor(author) {
    return this.books.find({ author: { $eq: String(author) }, published: true }).toArray();
  }
}

module.exports = { BookRepo };
