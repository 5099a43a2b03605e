import { changePassword } from './actions';

export default function SecurityPage({ searchParams }: { searchParams: { changed?: string } }) {
  return (
    <section>
      <h1>Security</h1>
      {searchParams.changed === '1' && <p className="notice">Your password was updated.</p>}
      <form action={changePassword}>
        <input type="password" name="newPassword" autoComplete="new-password" minLength={12} required />
        <input type="password" name="confirmPassword" autoComplete="new-password" minLength={12} required />
        <button type="submit">Change password</button>
      </form>
    </section>
  );
}
