export const settings = {
  stage: 'production',
  debug: true,
  sentryDsn: process.env.SENTRY_DSN,
};
