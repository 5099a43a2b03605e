function safeReturnPath(value) {
  if (typeof value !== 'string') return '/dashboard';
  if (/^\/(?![\/\\])[\w\-\/.?=&%]*$/.test(value)) return value;
  return '/dashboard';
}

module.exports = { safeReturnPath };
