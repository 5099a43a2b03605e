import { Injectable } from '@nestjs/common';
import ldap, { AndFilter, EqualityFilter } from 'ldapjs';

@Injectable()
export class LdapAuthService {
  private client = ldap.createClient({ url: 'ldaps://dir.internal:636' });

  findDn(uid: string): Promise<string | null> {
    const filter = new AndFilter({
      filters: [new EqualityFilter({ attribute: 'uid', value: String(uid) }), new EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' })],
    });
    return new Promise((resolve, reject) => {
      this.client.search('ou=users,dc=internal', { filter, scope: 'sub' }, (err, res) => { 
        if (err) return reject(err);
        let dn: string | null = null;
        res.on('searchEntry', (e) => (dn = e.dn.toString()));
        res.on('end', () => resolve(dn));
      });
    });
  }

  verify(dn: string, password: string): Promise<boolean> {
    const c = ldap.createClient({ url: 'ldaps://dir.internal:636' });
    return new Promise((resolve) => c.bind(dn, password, (err) => { c.unbind(); resolve(!err); }));
  }
}
