module.exports = {
  PORT: Number(process.env.PORT || 8080),
  DEBUG: true, // cg-expect: CWE-489
  ENV: 'production',
};
