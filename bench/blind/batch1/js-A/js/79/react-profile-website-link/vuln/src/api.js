export async function fetchProfile(username) {
  const res = await fetch(`/api/users/${encodeURIComponent(username)}`, { credentials: 'include' });
  if (!res.ok) throw new Error('profile not found');
  return res.json();
}
