import React, { useEffect, useState } from 'react';
import { setIn } from './setIn';

export default function FormRenderer({ formId }) {
  const [values, setValues] = useState({});
  const [schema, setSchema] = useState(null);

  useEffect(() => {
    fetch(`/api/forms/${encodeURIComponent(formId)}`)
      .then((r) => r.json())
      .then((s) => {
        const initial = {};
        for (const field of s.fields) setIn(initial, field.path, field.default ?? '');
        setSchema(s);
        setValues(initial);
      });
  }, [formId]);

  if (!schema) return <p>Loading…</p>;
  return (
    <form>
      {schema.fields.map((f) => (
        <label key={f.path}>
          {f.label}
          <input onChange={(e) => setValues((v) => setIn({ ...v }, f.path, e.target.value))} />
        </label>
      ))}
    </form>
  );
}
