import { deleteExport } from './actions';

export function ExportRow({ fileName, size }: { fileName: string; size: number }) {
  return (
    <li>
      <span>{fileName}</span> <small>{Math.round(size / 1024)} KB</small>
      <form action={deleteExport}>
        <input type="hidden" name="fileName" value={fileName} />
        <button type="submit">Delete</button>
      </form>
    </li>
  );
}
