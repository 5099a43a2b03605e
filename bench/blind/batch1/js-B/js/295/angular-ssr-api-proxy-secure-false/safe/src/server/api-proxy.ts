import { createProxyMiddleware, type Options } from 'http-proxy-middleware';
import type { IncomingMessage } from 'node:http';

const target = process.env['API_UPSTREAM'] ?? 'https://api.internal.example.net';

const options: Options<IncomingMessage> = {
  target,
  changeOrigin: true,
  pathRewrite: { '^/api': '' },
  secure: true,
  xfwd: true,
  on: {
    proxyReq: (proxyReq, req) => {
      const auth = (req as IncomingMessage & { headers: Record<string, string> }).headers['authorization'];
      if (auth) proxyReq.setHeader('authorization', auth);
    },
  },
};

export const apiProxy = createProxyMiddleware(options);
