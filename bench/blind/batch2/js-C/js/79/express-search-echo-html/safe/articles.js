const articles = [
  { id: 1, title: 'Getting started' },
  { id: 2, title: 'Deploying to production' },
];

async function searchArticles(q) {
  const needle = q.toLowerCase();
  return articles.filter((a) => a.title.toLowerCase().includes(needle));
}

module.exports = { searchArticles };
