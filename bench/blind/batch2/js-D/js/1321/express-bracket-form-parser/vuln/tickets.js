const TICKETS = [
  { id: 1, status: 'open', priority: 'high', title: 'Login fails' },
  { id: 2, status: 'closed', priority: 'low', title: 'Typo on pricing page' },
];

async function searchTickets(filters, sort) {
  let rows = TICKETS.filter((t) => Object.entries(filters).every(([k, v]) => String(t[k]) === String(v)));
  if (sort.field) rows = rows.slice().sort((a, b) => String(a[sort.field]).localeCompare(String(b[sort.field])));
  return rows;
}

module.exports = { searchTickets };
