export function resolveCallback(callbackUrl: string, requestUrl: string): URL {
  const base = new URL(requestUrl);
  let target: URL;
  try {
    target = new URL(callbackUrl, base);
  } catch {
    return new URL('/', base);
  }
  if (target.origin !== base.origin) {
    return new URL('/', base);
  }
  return target;
}

export function isSameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export const DEFAULT_CALLBACK = '/';
