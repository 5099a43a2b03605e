const fs = require('fs');
const path = require('path');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const STORAGE = '/var/lib/notes/files';

async function store(noteId, file) {
  const name = file.originalFilename;
  const dir = path.join(STORAGE, String(Number(noteId)));
  await fs.promises.mkdir(dir, { recursive: true });
  await fs.promises.rename(file.filepath, path.join(dir, path.basename(name)));
  const [row] = await knex('attachments').insert({ note_id: noteId, name, rel_path: path.join(String(Number(noteId)), name) }).returning('id');
  return { id: row.id, name };
}

async function open(id) {
  const row = await knex('attachments').where({ id }).first();
  if (!row) return null;
  // rel_path was recorded from the original upload name
  const stream = fs.createReadStream(path.join(STORAGE, row.rel_path)); // cg-expect: CWE-22
  return { name: row.name, stream };
}

module.exports = { store, open };
