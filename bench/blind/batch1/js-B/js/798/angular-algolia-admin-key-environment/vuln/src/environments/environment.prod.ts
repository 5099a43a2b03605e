export const environment = {
  production: true,
  apiBaseUrl: 'https://api.shop.example.com',
  algolia: {
    appId: 'K7QX2MZ9RT',
    apiKey: '3f9c6e1a8b2d47f0c5e9a1b3d7f2e8c4', // cg-expect: CWE-798
    index: 'products_prod',
  },
};
