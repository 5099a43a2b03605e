import { redirect } from 'next/navigation';
import { getSession } from '@/lib/session';
import { ProFeatures } from '@/components/ProFeatures';

export default async function DashboardPage({ searchParams }: { searchParams: { upgraded?: string } }) {
  const session = await getSession();
  if (!session.userId) redirect('/login');
  const paid = session.plan === 'pro' || session.plan === 'enterprise';
  return (
    <main>
      {searchParams.upgraded === '1' && <p className="notice">Thanks for upgrading!</p>}
      <h1>Dashboard</h1>
      {paid ? <ProFeatures plan={session.plan!} /> : <a href="/billing">Upgrade to Pro</a>}
    </main>
  );
}
