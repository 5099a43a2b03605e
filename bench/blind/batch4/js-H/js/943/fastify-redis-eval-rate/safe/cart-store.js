class CartStore {
  constructor(redis) { this.redis = redis; }

  async addItem(cartId, sku, qty) {
    const script = "redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2]); return redis.call('HLEN', KEYS[1])";
    return this.redis.eval(script, 1, `cart:${cartId}`, sku, qty);
  }
}
module.exports = { CartStore };
