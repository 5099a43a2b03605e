// React Server Component: runs only on the server
const SERVICES: Record<string, string> = {
  api: 'https://api.example.com/health',
  auth: 'https://auth.example.com/health',
  cdn: 'https://cdn.example.com/health',
};

export async function StatusProbe({ endpoint }: { endpoint: string }) {
  const target = Object.hasOwn(SERVICES, endpoint) ? SERVICES[endpoint] : null;
  if (!target) return <p>Unknown service.</p>;
  const started = performance.now();
  let status = 0;
  let body = '';
  try {
    const res = await fetch(target, { cache: 'no-store', signal: AbortSignal.timeout(3000) });
    status = res.status;
    body = (await res.text()).slice(0, 300);
  } catch (e) {
    body = (e as Error).message;
  }
  const ms = Math.round(performance.now() - started);
  return (
    <section>
      <p>
        {status >= 200 && status < 300 ? 'Operational' : 'Degraded'} ({status || 'no response'}, {ms} ms)
      </p>
      <pre>{body}</pre>
    </section>
  );
}
