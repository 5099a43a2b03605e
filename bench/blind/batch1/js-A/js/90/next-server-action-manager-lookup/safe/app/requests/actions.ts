'use server';

import ldapEscape from 'ldap-escape';
import { searchOne } from '@/lib/ldap-client';
import { createApprovalRequest } from '@/lib/approvals';

export async function requestApproval(_prev: unknown, formData: FormData) {
  const managerMail = String(formData.get('managerEmail') ?? '');
  const reason = String(formData.get('reason') ?? '');

  const manager = await searchOne(
    'ou=people,dc=corp,dc=local',
    ldapEscape.filter`(&(mail=${managerMail})(employeeType=manager))`,
    ['uid', 'cn', 'mail'],
  );
  if (!manager) return { error: 'That address does not belong to a manager.' };

  await createApprovalRequest({ approverUid: String(manager.uid), reason });
  return { error: null, approver: manager.cn };
}
