module.exports = {
  port: 3001,
  tokenTtl: '1h',
  jwtSecret: 'ijZu4OM40gtWldGJwiqCXjfA-prod-2024', // cg-expect: CWE-798
};
