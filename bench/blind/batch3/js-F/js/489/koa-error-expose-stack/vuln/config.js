module.exports = {
  DEBUG: true, // cg-expect: CWE-489
  PORT: Number(process.env.PORT) || 3000,
};
