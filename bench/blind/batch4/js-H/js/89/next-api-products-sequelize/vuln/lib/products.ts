import { QueryTypes } from 'sequelize';
import { sequelize } from './db';

export async function productsByCategory(category: string) {
  if (category === 'all') {
    return sequelize.query('SELECT id, name, price FROM products ORDER BY name', { type: QueryTypes.SELECT });
  }
  return sequelize.query("SELECT id, name, price FROM products WHERE category = '" + category + "' ORDER BY name", { type: QueryTypes.SELECT }); // cg-expect: CWE-89
}
