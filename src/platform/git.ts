/** The git side of scoping: which URLs may be cloned, cloning them, and what changed for --diff. */
export {
  isGitUrl,
  normaliseGitUrl,
  redactUrl,
  validateGitUrl,
  type GitUrlCheck,
  type GitUrlPolicy,
} from "./git-url.js";
export { changedFiles, repoInfo, type ChangedLines, type RepoInfo } from "./git-diff.js";
export { cloneRepository, type CloneOptions, type ClonedRepository } from "./git-clone.js";
