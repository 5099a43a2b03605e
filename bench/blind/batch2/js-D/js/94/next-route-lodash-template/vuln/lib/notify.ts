import _ from 'lodash';

const TEMPLATES: Record<string, string> = {
  welcome: '<p>Welcome, <%- name %>!</p>',
  digest: '<p>Hi <%- name %>, you have <%- count %> new messages.</p>',
  reset: '<p><%- name %>, use the link we sent to reset your password.</p>',
};

type Input = {
  template?: string;
  templateId?: string;
  user: { name: string; unread?: number };
};

export function renderNotification({ template, templateId, user }: Input): string {
  const source = template && template.length > 0 ? template : TEMPLATES[templateId ?? 'welcome'];
  const compiled = _.template(source); // cg-expect: CWE-94
  return compiled({ name: user.name, count: user.unread ?? 0 });
}

export function listTemplates(): string[] {
  return Object.keys(TEMPLATES);
}

export function hasTemplate(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, id);
}
