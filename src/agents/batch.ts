import { z } from "zod";
import { promptName } from "./prompt-frame.js";
import type { AgentUnit, RedactedFile, UnitSection } from "./types.js";
import { MAX_CHUNK_TOKENS } from "./units.js";

/**
 * Small files share a call: the system prompt and the schema, about 800
 * tokens, were paid once per file, more than many small files' code. A call
 * shows up to MAX_CHUNK_TOKENS of code from at most this many files, each
 * named and fenced as alone, and the answer gives one entry per file, which
 * goes to that file alone (docs/agents.md, "Calls").
 */
export const MAX_BATCH_FILES = 8;

/** One unit of work ready to be planned: its file, its rank, and which question it belongs to. */
export interface Packable {
  readonly unit: AgentUnit;
  readonly file: RedactedFile;
  readonly rank: readonly number[];
  /** Units of one question (agent or shared members) may share a call; others may not. */
  readonly key: string;
}

/**
 * Groups whole small files of one question into batches, in rank order: a
 * batch is placed where its first (riskiest) file was. Parts of a long file
 * and units that are not whole files stay alone.
 */
export function pack(
  items: readonly Packable[],
  maxFiles: number = MAX_BATCH_FILES,
  limit: number = MAX_CHUNK_TOKENS,
): Packable[][] {
  const out: Packable[][] = [];
  const open = new Map<string, { batch: Packable[]; tokens: number }>();
  for (const item of items) {
    const tokens = item.unit.section?.tokens;
    if (tokens === undefined || tokens > limit / 2 || maxFiles < 2) {
      out.push([item]);
      continue;
    }
    const current = open.get(item.key);
    if (current !== undefined && current.tokens + tokens <= limit && current.batch.length < maxFiles) {
      current.batch.push(item);
      current.tokens += tokens;
      continue;
    }
    const batch = [item];
    out.push(batch);
    open.set(item.key, { batch, tokens });
  }
  return out;
}

/** The prompt of a call about several whole files: one task, then each file's section. */
export function batchPrompt(sections: readonly UnitSection[]): string {
  return [
    `Review each of these ${sections.length} files for ${sections[0]!.subject}. Answer in \`files\`: one entry per file, named as after "File", holding that file's answer (empty lists when nothing is found).`,
    ...sections.map((s) => s.body),
  ].join("\n\n");
}

const batchSchemas = new WeakMap<z.ZodType, z.ZodType<BatchAnswer>>();

export interface BatchAnswer {
  readonly files: readonly { readonly file: string; readonly answer: unknown }[];
}

/** One entry per file around an agent's own answer schema; the same object for the same schema (its wire form is cached). */
export function batchSchema(schema: z.ZodType): z.ZodType<BatchAnswer> {
  let batch = batchSchemas.get(schema);
  if (batch === undefined) {
    batch = z.object({
      files: z.array(
        z.object({ file: z.string().describe('the file\'s name as after "File"'), answer: schema }),
      ),
    });
    batchSchemas.set(schema, batch);
  }
  return batch;
}

/** The answer about one file of a batch; undefined when the model left it out. */
export function answerAbout(answer: BatchAnswer, path: string): unknown {
  const names = new Set([path, promptName(path)]);
  return answer.files.find((f) => names.has(f.file.trim()))?.answer;
}
