module.exports = {
  key: 'app.sess',
  maxAge: 8 * 60 * 60 * 1000,
  signed: true,
  rolling: true,
  sameSite: 'lax',
  httpOnly: false,
  secure: false,
};
