/** Risk triage and compliance keywords for inbound participant texts (English + Spanish). */
export { assessRisk, explainRisk } from "./assess-risk.ts";
export type { RiskAssessment, RiskExplanation, RiskMatch, RiskReason } from "./assess-risk.ts";
export { classifyKeyword, MAX_KEYWORD_LENGTH } from "./classify-keyword.ts";
export type { KeywordIntent } from "./classify-keyword.ts";
