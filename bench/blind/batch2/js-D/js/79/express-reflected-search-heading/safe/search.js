// static help index, titles are authored by the docs team
const DOCS = [
  { slug: 'billing', titleHtml: 'Billing &amp; invoices' },
  { slug: 'sso', titleHtml: 'Single sign-on' },
  { slug: 'api-keys', titleHtml: 'Managing API keys' },
];

function searchDocs(q) {
  const needle = q.toLowerCase();
  return DOCS.filter((d) => d.slug.includes(needle) || d.titleHtml.toLowerCase().includes(needle));
}

module.exports = { searchDocs };
