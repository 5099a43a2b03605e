module.exports = {
  newCheckout: true,
  debugRoutes: true,
  betaSearch: false,
};
