export const productionConfig = {
  port: 8080,
  debug: true,
  corsOrigins: ['https://app.example.com'],
};
