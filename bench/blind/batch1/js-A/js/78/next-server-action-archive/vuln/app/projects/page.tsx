import { archiveProject } from './actions';

export default function ProjectsPage() {
  return (
    <form action={archiveProject}>
      <input name="project" placeholder="project folder" />
      <input name="label" placeholder="archive label" />
      <button type="submit">Create archive</button>
    </form>
  );
}
