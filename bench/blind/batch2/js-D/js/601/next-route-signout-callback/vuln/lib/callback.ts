export function resolveCallback(callbackUrl: string, requestUrl: string): URL {
  const base = new URL(requestUrl);
  return new URL(callbackUrl, base);
}

export function isSameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export const DEFAULT_CALLBACK = '/';
