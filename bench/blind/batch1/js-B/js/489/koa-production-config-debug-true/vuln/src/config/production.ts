import type { AppConfig } from './types';

const production: AppConfig = {
  env: 'production',
  port: Number(process.env.PORT ?? 8080),
  debug: true, // cg-expect: CWE-489
  logLevel: 'info',
  corsOrigins: ['https://app.example.com'],
};

export default production;
