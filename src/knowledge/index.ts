export type { Article, ArticleOverrides } from "./article.js";
export * from "./claim-merger.js";
export * from "./evidence-grade.js";
export * from "./schema.js";
