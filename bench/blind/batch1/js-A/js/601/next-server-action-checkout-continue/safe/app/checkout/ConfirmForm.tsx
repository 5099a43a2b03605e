import { confirmOrder } from './actions';

// Partner storefronts embed checkout and pass ?continue=<their thank-you page>
export default function ConfirmForm({ cartId, continueTo }: { cartId: string; continueTo?: string }) {
  return (
    <form action={confirmOrder}>
      <input type="hidden" name="cartId" value={cartId} />
      <input type="hidden" name="continueTo" value={continueTo ?? '/orders'} />
      <button type="submit">Place order</button>
    </form>
  );
}
