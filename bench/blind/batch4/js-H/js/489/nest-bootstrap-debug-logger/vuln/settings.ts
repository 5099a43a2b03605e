export const appSettings = {
  environment: 'production',
  debug: true,
  port: 8080,
};
