import { request } from 'undici';

const SOURCE = process.env.FX_SOURCE_URL ?? 'https://api.exchange.example/v1/latest?base=USD';

// Pulls the latest rates every 15 minutes; started from server.js after the DB plugin is ready.
export function scheduleRatesRefresh(app) {
  const refresh = async () => {
    try {
      const { body } = await request(SOURCE, { headersTimeout: 5000 });
      const { rates } = await body.json();
      for (const [currency, rate] of Object.entries(rates)) {
        await app.pg.query(
          'INSERT INTO fx_rates (currency, rate, fetched_at) VALUES ($1, $2, now()) ON CONFLICT (currency) DO UPDATE SET rate = $2, fetched_at = now()',
          [currency, rate]
        );
      }
    } catch (err) {
      app.log.warn({ err }, 'fx refresh failed');
    }
  };
  const timer = setInterval(refresh, 15 * 60 * 1000);
  app.addHook('onClose', async () => clearInterval(timer));
  return refresh();
}
