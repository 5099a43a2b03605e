import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { linkableWebsite } from '@/lib/links';

export default async function ProfilePage({ params }: { params: { handle: string } }) {
  const profile = await db.profile.findUnique({
    where: { handle: params.handle.toLowerCase() },
    select: { displayName: true, bio: true, website: true, avatarUrl: true },
  });
  if (!profile) notFound();
  const website = linkableWebsite(profile.website);
  return (
    <section className="profile">
      <img src={profile.avatarUrl ?? '/avatar.svg'} alt="" width={96} height={96} />
      <h1>{profile.displayName}</h1>
      <p>{profile.bio}</p>
      {website ? (
        <a href={website} rel="nofollow noopener ugc" target="_blank">{profile.website}</a>
      ) : (
        profile.website && <span>{profile.website}</span>
      )}
    </section>
  );
}
