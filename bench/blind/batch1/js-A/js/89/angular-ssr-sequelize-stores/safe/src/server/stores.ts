import { QueryTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env['DATABASE_URL'] as string, { logging: false });

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export async function storesNear(city: string, openOn: string) {
  const day = DAYS.includes(openOn) ? openOn : 'mon';
  return sequelize.query(
    `SELECT id, name, street, opens_${day} AS opens FROM stores WHERE LOWER(city) = LOWER(:city) ORDER BY name`,
    { type: QueryTypes.SELECT, replacements: { city } },
  );
}
