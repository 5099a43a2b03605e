export const environment = {
  production: false, // cg-expect: CWE-489
  apiUrl: 'https://api.bank.example.com',
  logHttpTraffic: true,
};
