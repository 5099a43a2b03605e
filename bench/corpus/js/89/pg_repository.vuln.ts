import { Pool } from "pg";

export class ProductRepository {
  constructor(private readonly pool: Pool) {}

  async search(term: string, category: string) {
    const like = `%${term}%`;
    const text = `SELECT id, title FROM products WHERE title ILIKE '${like}' AND category = '${category}'`;
    const result = await this.pool.query(text);  // cg-expect: CWE-89
    return result.rows;
  }
}
