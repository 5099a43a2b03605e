import { execFileSync } from "node:child_process";

export interface BranchInfo {
  name: string;
  lastCommit: string;
}

export class GitService {
  constructor(private readonly repoDir: string) {}

  lastCommit(branch: string): BranchInfo {
    const ref = branch.trim();
    const output = execFileSync("git", ["log", "-1", "--format=%H", ref], { cwd: this.repoDir });
    return { name: ref, lastCommit: output.toString().trim() };
  }
}
