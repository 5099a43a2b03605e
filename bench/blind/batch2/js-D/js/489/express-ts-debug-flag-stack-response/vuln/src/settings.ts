export const settings = {
  port: Number(process.env.PORT ?? 8080),
  databaseUrl: process.env.DATABASE_URL ?? '',
  debug: true, // cg-expect: CWE-489
  corsOrigin: 'https://app.example.com',
};
