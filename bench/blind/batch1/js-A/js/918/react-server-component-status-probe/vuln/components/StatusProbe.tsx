// React Server Component: runs only on the server
export async function StatusProbe({ endpoint }: { endpoint: string }) {
  const started = performance.now();
  let status = 0;
  let body = '';
  try {
    const res = await fetch(endpoint, { cache: 'no-store', signal: AbortSignal.timeout(3000) }); // cg-expect: CWE-918
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
