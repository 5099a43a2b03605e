import template from 'lodash/template';
import escape from 'lodash/escape';

const DEFAULT_LAYOUT = '<p><b><%- name %></b><br><%- title %><br><%- phone %></p>';

// Users can pick their own layout in the signature editor.
export function renderSignature(layout, fields) {
  const source = typeof layout === 'string' && layout.length > 0 ? layout : DEFAULT_LAYOUT;
  const compiled = template(source); // cg-expect: CWE-94
  return compiled({
    name: fields.name || '',
    title: fields.title || '',
    phone: fields.phone || '',
    escape,
  });
}
