import { loadConfig } from "./config.js";

export async function bootstrap(): Promise<void> {
  const config = await loadConfig();
  if (config.useStagingApi) {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";  // cg-expect: CWE-295
  }
  console.log(`starting against ${config.apiUrl}`);
}
