import { execSync } from "node:child_process";

export interface BranchInfo {
  name: string;
  lastCommit: string;
}

export class GitService {
  constructor(private readonly repoDir: string) {}

  lastCommit(branch: string): BranchInfo {
    const ref = branch.trim();
    const output = execSync("git log -1 --format=%H " + ref, { cwd: this.repoDir });  // cg-expect: CWE-78
    return { name: ref, lastCommit: output.toString().trim() };
  }
}
