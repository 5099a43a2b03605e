module.exports = {
  env: process.env.NODE_ENV || 'production',
  port: Number(process.env.PORT || 3000),
  enableInspector: process.env.ENABLE_INSPECTOR === '1',
};
