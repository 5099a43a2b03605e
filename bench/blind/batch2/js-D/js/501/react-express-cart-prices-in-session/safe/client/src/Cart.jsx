export async function syncCart(lines) {
  await fetch('/api/cart', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ items: lines.map((l) => ({ sku: l.sku, qty: l.qty, unitPrice: l.price })) }),
  });
}

export default function Cart({ lines }) {
  const total = lines.reduce((s, l) => s + l.qty * l.price, 0);
  return (
    <aside>
      <ul>{lines.map((l) => <li key={l.sku}>{l.qty} × {l.name}</li>)}</ul>
      <p>Total: {(total / 100).toFixed(2)}</p>
    </aside>
  );
}
