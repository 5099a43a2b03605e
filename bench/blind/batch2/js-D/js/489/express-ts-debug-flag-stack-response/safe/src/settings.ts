export const settings = {
  port: Number(process.env.PORT ?? 8080),
  databaseUrl: process.env.DATABASE_URL ?? '',
  debug: process.env.APP_DEBUG === '1' && process.env.NODE_ENV === 'development',
  corsOrigin: 'https://app.example.com',
};
