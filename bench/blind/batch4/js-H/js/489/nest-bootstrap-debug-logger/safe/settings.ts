export const appSettings = {
  environment: 'production',
  debug: false,
  port: 8080,
};
