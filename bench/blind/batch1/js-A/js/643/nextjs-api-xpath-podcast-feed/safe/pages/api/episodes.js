import { episodesByGuest } from '../../lib/feed';

export default async function handler(req, res) {
  const { guest } = req.query;
  if (typeof guest !== 'string' || guest.length === 0) {
    return res.status(400).json({ error: 'guest required' });
  }
  const episodes = await episodesByGuest(guest);
  res.status(200).json({ guest, episodes });
}
