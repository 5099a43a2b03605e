import { getSession } from '@/lib/session';
import { linkedAccounts } from '@/lib/accounts';
import { switchAccount } from './actions';

export default async function AccountsPage() {
  const session = await getSession();
  const accounts = await linkedAccounts(session.loginId!);
  return (
    <ul className="account-list">
      {accounts.map((a) => (
        <li key={a.id}>
          <form action={switchAccount}>
            <input type="hidden" name="accountId" value={a.id} />
            <button type="submit" aria-current={a.id === session.activeAccountId}>
              {a.displayName} · {a.kind}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
