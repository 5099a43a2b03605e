const escapeHtml = require('escape-html');
const { Client } = require('@elastic/elasticsearch');

const es = new Client({ node: process.env.ES_URL });

async function searchArticles(term) {
  if (!term) return [];
  const result = await es.search({ index: 'articles', query: { match: { title: term } }, size: 20 });
  // titles are escaped here because they are inserted into HTML by the caller
  return result.hits.hits.map((h) => ({ id: encodeURIComponent(h._id), titleHtml: escapeHtml(h._source.title) }));
}

module.exports = { searchArticles };
