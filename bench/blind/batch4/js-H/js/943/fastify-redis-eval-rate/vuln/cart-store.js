class CartStore {
  constructor(redis) { this.redis = redis; }

  async addItem(cartId, sku, qty) {
    const script = `redis.call('HINCRBY', 'cart:${cartId}', ARGV[1], ARGV[2]); return redis.call('HLEN', 'cart:${cartId}')`;
    return this.redis.eval(script, 0, sku, qty); // cg-expect: CWE-943
  }
}
module.exports = { CartStore };
