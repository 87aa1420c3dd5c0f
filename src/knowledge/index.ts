export type { Article, ArticleOverrides } from "./article.js";
export * from "./schema.js";
