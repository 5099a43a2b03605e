if (!process.env.JWT_SECRET) {
  throw new Error('JWT_SECRET must be set');
}

module.exports = {
  jwtSecret: process.env.JWT_SECRET,
  port: Number(process.env.PORT) || 3000,
};
