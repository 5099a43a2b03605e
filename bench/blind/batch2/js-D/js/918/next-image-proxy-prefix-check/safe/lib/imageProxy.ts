const CDN_ORIGIN = 'https://cdn.example-media.com';

function isAllowed(src: string): boolean {
  let u: URL;
  try {
    u = new URL(src);
  } catch {
    return false;
  }
  return u.origin === CDN_ORIGIN && u.username === '' && u.password === '';
}

export async function fetchImage(src: string): Promise<Response> {
  if (!isAllowed(src)) {
    throw new Error('origin not allowed');
  }
  const res = await fetch(src, { redirect: 'manual' });
  if (!res.ok) {
    throw new Error(`upstream ${res.status}`);
  }
  return res;
}
