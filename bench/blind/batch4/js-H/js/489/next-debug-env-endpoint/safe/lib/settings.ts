export const settings = {
  stage: 'production',
  debug: false,
  sentryDsn: process.env.SENTRY_DSN,
};
