const IMAGE_HOSTS = ['images.examplecdn.com', 'avatars.examplecdn.com'];

export async function fetchImage(src: string): Promise<Response | null> {
  const url = new URL(src);
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.includes(url.hostname)) return null;
  return fetch(url, { cache: 'no-store', redirect: 'error' });
}
