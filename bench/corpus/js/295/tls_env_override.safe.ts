import { loadConfig } from "./config.js";

export async function bootstrap(): Promise<void> {
  const config = await loadConfig();
  if (config.useStagingApi) {
    process.env.NODE_EXTRA_CA_CERTS = "/etc/ssl/certs/staging-ca.pem";
  }
  console.log(`starting against ${config.apiUrl}`);
}
