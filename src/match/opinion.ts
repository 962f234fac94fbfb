/**
 * A belief, doubt or speculation voiced by others ("asserting their belief
 * that Putin remains unwilling", "NATO officials doubt Putin is ready"): an
 * opinion about a claim, not an account of what happened. It makes no
 * conflict: not in the claim graph, and not on the page ("they believed Putin
 * remained unwilling" does not contradict "Putin expressed openness").
 */
const OPINION =
  /\b(?:belief|believes?|believed|speculat(?:e|es|ed|ion)|fears?|doubts?)\s+that\b|\b(?:believes?|believed|doubts?|doubted|suspects?|suspected)\b|\banalysts?\s+(?:say|said|warn|warned|believe)\b/i;

export function isOpinion(text: string): boolean {
  return OPINION.test(text);
}
