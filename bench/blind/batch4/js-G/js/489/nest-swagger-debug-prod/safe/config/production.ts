export const productionConfig = {
  port: 8080,
  debug: false,
  corsOrigins: ['https://app.example.com'],
};
