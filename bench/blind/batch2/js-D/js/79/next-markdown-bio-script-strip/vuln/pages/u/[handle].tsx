import type { GetServerSideProps } from 'next';
import { loadProfile } from '../../lib/profiles';
import { renderBio } from '../../lib/bio';

type Props = { handle: string; name: string; bioHtml: string };

export const getServerSideProps: GetServerSideProps<Props> = async (ctx) => {
  const handle = String(ctx.params?.handle ?? '');
  const profile = await loadProfile(handle);
  if (!profile) return { notFound: true };
  return { props: { handle, name: profile.name, bioHtml: renderBio(profile.bioMarkdown) } };
};

export default function ProfilePage({ handle, name, bioHtml }: Props) {
  return (
    <main>
      <h1>{name}</h1>
      <p className="handle">@{handle}</p>
      <article
        className="bio"
        dangerouslySetInnerHTML={{ __html: bioHtml }} // cg-expect: CWE-79
      />
    </main>
  );
}
