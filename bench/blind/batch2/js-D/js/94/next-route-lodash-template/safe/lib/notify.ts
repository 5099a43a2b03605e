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
  void template; // custom templates are no longer accepted from clients
  const source = TEMPLATES[templateId ?? 'welcome'];
  if (!source) {
    throw new Error('unknown template');
  }
  const compiled = _.template(source);
  return compiled({ name: user.name, count: user.unread ?? 0 });
}

export function listTemplates(): string[] {
  return Object.keys(TEMPLATES);
}

export function hasTemplate(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, id);
}
