import { Pool } from 'pg';

const pool = new Pool();

export const typeDefs = `#graphql
  type Product { id: ID!, name: String!, priceCents: Int! }
  type Query { product(id: ID!): Product, products(limit: Int): [Product!]! }
`;

export const resolvers = {
  Query: {
    product: async (_: unknown, { id }: { id: string }) => {
      const { rows } = await pool.query('SELECT id, name, price_cents AS "priceCents" FROM products WHERE id = $1', [id]);
      return rows[0] ?? null;
    },
    products: async (_: unknown, { limit }: { limit?: number }) => {
      const n = Math.min(limit ?? 20, 100);
      const { rows } = await pool.query('SELECT id, name, price_cents AS "priceCents" FROM products ORDER BY id LIMIT $1', [n]);
      return rows;
    },
  },
};
