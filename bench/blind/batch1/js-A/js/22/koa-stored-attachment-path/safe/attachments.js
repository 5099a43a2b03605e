const fs = require('fs');
const path = require('path');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const STORAGE = '/var/lib/notes/files';

async function store(noteId, file) {
  const name = file.originalFilename;
  const dir = path.join(STORAGE, String(Number(noteId)));
  await fs.promises.mkdir(dir, { recursive: true });
  await fs.promises.rename(file.filepath, path.join(dir, path.basename(name)));
  const [row] = await knex('attachments').insert({ note_id: noteId, name, rel_path: path.join(String(Number(noteId)), path.basename(name)) }).returning('id');
  return { id: row.id, name };
}

async function open(id) {
  const row = await knex('attachments').where({ id }).first();
  if (!row) return null;
  const full = path.resolve(STORAGE, row.rel_path);
  if (!full.startsWith(STORAGE + path.sep)) return null;
  const stream = fs.createReadStream(full);
  return { name: row.name, stream };
}

module.exports = { store, open };
