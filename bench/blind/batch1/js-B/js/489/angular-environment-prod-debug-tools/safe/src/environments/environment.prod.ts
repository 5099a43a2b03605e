export const environment = {
  production: true,
  apiUrl: 'https://api.bank.example.com',
  logHttpTraffic: false,
};
