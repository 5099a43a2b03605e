const articles = require('./data/articles.json');

async function searchArticles(q) {
  const needle = q.toLowerCase();
  return articles.filter((a) => a.title.toLowerCase().includes(needle)).slice(0, 20);
}

module.exports = { searchArticles };
