import { Pool } from "pg";

export class ProductRepository {
  constructor(private readonly pool: Pool) {}

  async search(term: string, category: string) {
    const like = `%${term}%`;
    const text = "SELECT id, title FROM products WHERE title ILIKE $1 AND category = $2";
    const result = await this.pool.query(text, [like, category]);
    return result.rows;
  }
}
