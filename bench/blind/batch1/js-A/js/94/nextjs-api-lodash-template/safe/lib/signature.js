import template from 'lodash/template';
import escape from 'lodash/escape';

const LAYOUTS = {
  classic: '<p><b><%- name %></b><br><%- title %><br><%- phone %></p>',
  compact: '<p><%- name %> &middot; <%- title %></p>',
  minimal: '<p><%- name %></p>',
};

// Users pick one of the predefined layouts in the signature editor.
export function renderSignature(layout, fields) {
  const source = Object.prototype.hasOwnProperty.call(LAYOUTS, layout) ? LAYOUTS[layout] : LAYOUTS.classic;
  const compiled = template(source);
  return compiled({
    name: fields.name || '',
    title: fields.title || '',
    phone: fields.phone || '',
    escape,
  });
}
