import escapeRegExp from 'lodash/escapeRegExp';

export function buildMatcher(term) {
  const re = new RegExp(escapeRegExp(term.slice(0, 100)), 'i');
  return (text) => re.test(text);
}
