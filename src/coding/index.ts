export type { Analysis, AnalyzeOptions } from "./analyze.js";
export { analyzeArticle, analyzeArticles, analyzeEach, todayUtc } from "./analyze.js";
export type { CodedEvent } from "./event-coder.js";
export type { PipelineResources } from "./resources.js";
export { loadResources } from "./resources.js";
