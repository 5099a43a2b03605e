import escapeRegExp from 'lodash/escapeRegExp';

export function buildMatcher(term) {
  const re = new RegExp(term, 'i');
  return (text) => re.test(text); // cg-expect: CWE-1333
}
