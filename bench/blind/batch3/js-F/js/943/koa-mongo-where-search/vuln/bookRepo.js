class BookRepo {
  constructor(db) {
    this.books = db.collection('books');
  }

  byAuthor(author) {
    return this.books.find({ $where: `this.author == '${author}' && this.published` }).toArray(); // cg-expect: CWE-943
  }
}

module.exports = { BookRepo };
