import { Suspense } from 'react';
import { StatusProbe } from '@/components/StatusProbe';

type Props = { searchParams: Promise<{ endpoint?: string }> };

// Customers link to /status?endpoint=<service id> from their own status pages
export default async function StatusPage({ searchParams }: Props) {
  const { endpoint } = await searchParams;
  return (
    <main>
      <h1>Service status</h1>
      {endpoint ? (
        <Suspense fallback={<p>Checking…</p>}>
          <StatusProbe endpoint={endpoint} />
        </Suspense>
      ) : (
        <p>No endpoint configured.</p>
      )}
    </main>
  );
}
