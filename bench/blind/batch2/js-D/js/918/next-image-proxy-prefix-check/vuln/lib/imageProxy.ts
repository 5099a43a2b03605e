const CDN_ORIGIN = 'https://cdn.example-media.com';

function isAllowed(src: string): boolean {
  return src.startsWith(CDN_ORIGIN);
}

export async function fetchImage(src: string): Promise<Response> {
  if (!isAllowed(src)) {
    throw new Error('origin not allowed');
  }
  const res = await fetch(src, { redirect: 'manual' }); // cg-expect: CWE-918
  if (!res.ok) {
    throw new Error(`upstream ${res.status}`);
  }
  return res;
}
