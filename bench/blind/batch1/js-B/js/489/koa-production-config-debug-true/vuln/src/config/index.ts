import type { AppConfig } from './types';
import development from './development';
import production from './production';

const byEnv: Record<string, AppConfig> = { development, production };
const config = byEnv[process.env.NODE_ENV ?? 'development'] ?? development;

export default config;
