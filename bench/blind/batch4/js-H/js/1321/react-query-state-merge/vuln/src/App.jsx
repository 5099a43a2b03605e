import React, { useMemo } from 'react';
import { restoreFromHash } from './state/restore';
import Dashboard from './Dashboard';

const DEFAULTS = { filters: { range: '7d', team: 'all' }, layout: { columns: 2 } };

export default function App() {
  const initial = useMemo(() => restoreFromHash(DEFAULTS), []);
  return <Dashboard initialState={initial} />;
}
