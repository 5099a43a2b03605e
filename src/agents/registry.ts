import { logicAgent } from "./logic/prompt.js";
import { patternAgent } from "./pattern/prompt.js";
import { performanceAgent } from "./performance/prompt.js";
import { securityAgent } from "./security/prompt.js";
import { staticAgent } from "./static/prompt.js";
import { testingAgent } from "./testing/prompt.js";
import type { AgentId, AgentModule } from "./types.js";

/** Every reviewing agent, by id. The order is the order they are listed in a review. */
export const AGENTS: Readonly<Record<AgentId, AgentModule<unknown>>> = {
  security: securityAgent,
  logic: logicAgent,
  performance: performanceAgent,
  pattern: patternAgent,
  testing: testingAgent,
  static: staticAgent,
};
