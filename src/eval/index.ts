export type { Regression, SuiteResults } from "./figures.js";
export { figuresOf, LOWER_IS_BETTER, regressions } from "./figures.js";
export type { GeoDocScore, GeoDocument, GeoPair, GeoSpan, GeoSummary, GeoToponym } from "./geo-scorer.js";
export { geoErrors, haversineKm, scoreGeoDoc, summarizeGeo } from "./geo-scorer.js";
export type { GoldEvent, NewsGold, NewsScore, NewsSummary } from "./news-scorer.js";
export { canon, scoreNews, summarizeNews } from "./news-scorer.js";
export type { CameoManualScore, Petr2Score, PloverScore, Prf, SentenceRecord } from "./sentence-scorer.js";
export {
  compareKeys,
  factual,
  ploverName,
  prf,
  recordErrors,
  rootConfusion,
  scoreCameoManual,
  scorePetr2,
  scorePlover,
} from "./sentence-scorer.js";
export type {
  TimexDocScore,
  TimexDocument,
  TimexPair,
  TimexSpan,
  TimexSummary,
  TimexType,
  TypeFigures,
} from "./timex-scorer.js";
export { pairTimexes, scoreTimexDoc, summarizeTimex, timexErrors } from "./timex-scorer.js";
