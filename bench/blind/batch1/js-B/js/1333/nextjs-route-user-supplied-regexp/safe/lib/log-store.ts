import { createClient } from '@clickhouse/client';
import type { LogLine } from './log-filter';

const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL, database: 'logs' });

export async function recentLines(projectId: string, limit: number): Promise<LogLine[]> {
  const result = await clickhouse.query({
    query: `SELECT toString(ts) AS ts, level, message
              FROM app_logs
             WHERE project_id = {projectId:String}
             ORDER BY ts DESC
             LIMIT {limit:UInt32}`,
    query_params: { projectId, limit },
    format: 'JSONEachRow',
  });
  return result.json<LogLine>();
}
