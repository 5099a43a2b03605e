import type { AppConfig } from './types';

const production: AppConfig = {
  env: 'production',
  port: Number(process.env.PORT ?? 8080),
  debug: false,
  logLevel: 'info',
  corsOrigins: ['https://app.example.com'],
};

export default production;
