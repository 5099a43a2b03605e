module.exports = {
  newCheckout: true,
  debugRoutes: process.env.ENABLE_DEBUG_ROUTES === '1',
  betaSearch: false,
};
