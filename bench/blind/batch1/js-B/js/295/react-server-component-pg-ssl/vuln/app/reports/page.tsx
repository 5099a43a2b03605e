import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { revenueByMonth } from '@/lib/db';

export const dynamic = 'force-dynamic';

export default async function ReportsPage() {
  const session = await auth();
  if (!session?.user?.orgId) redirect('/login');
  const months = await revenueByMonth(session.user.orgId);
  return (
    <table className="report">
      <thead>
        <tr><th>Month</th><th>Revenue</th></tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <td>{m.month}</td>
            <td>{m.total.toLocaleString('en-US', { style: 'currency', currency: 'USD' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
