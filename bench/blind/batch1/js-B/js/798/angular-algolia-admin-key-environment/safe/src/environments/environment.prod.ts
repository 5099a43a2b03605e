export const environment = {
  production: true,
  apiBaseUrl: 'https://api.shop.example.com',
  algolia: {
    appId: 'K7QX2MZ9RT',
    // a short-lived, search-only secured key is fetched from the backend at runtime
    keyEndpoint: '/api/search/key',
    index: 'products_prod',
  },
};
