module.exports = {
  env: 'production',
  debug: true, // cg-expect: CWE-489
  port: 3001,
};
