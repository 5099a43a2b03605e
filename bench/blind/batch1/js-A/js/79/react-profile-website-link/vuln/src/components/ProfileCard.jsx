import { useEffect, useState } from 'react';
import { fetchProfile } from '../api';
import ExternalLink from './ExternalLink';

export default function ProfileCard({ username }) {
  const [profile, setProfile] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetchProfile(username).then((p) => !cancelled && setProfile(p));
    return () => { cancelled = true; };
  }, [username]);

  if (!profile) return <div className="card skeleton" />;
  return (
    <div className="card">
      <img src={profile.avatarUrl} alt="" width={64} height={64} />
      <h2>{profile.displayName}</h2>
      <p>{profile.bio}</p>
      {profile.website && <ExternalLink url={profile.website}>Website</ExternalLink>}
    </div>
  );
}
