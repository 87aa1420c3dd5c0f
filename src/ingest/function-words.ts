/**
 * Frequent function words per language for the language heuristic: short, closed-class
 * words that make up a large share of any running text in that language. Lists written
 * for this project from general knowledge of each language; lower case, NFC.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: words(
    "the of and to in a is that for it on with as was by he his be are at from this have has " +
      "had not which or but an they were been their will would said its who after we there also " +
      "more than about into over could should",
  ),
  fr: words(
    "le la les de des du et en un une est que qui dans pour pas sur au aux avec par il elle " +
      "ne se ce sont ont été mais ou plus nous leur cette l d qu selon",
  ),
  de: words(
    "der die das und ist nicht ein eine zu den mit von sich des auf für im dem auch es als " +
      "nach wie aus bei wird wurde oder sie er hat noch über einer sind haben",
  ),
  es: words(
    "el la los las de del y que en un una es por con para no se su al lo como más pero sus " +
      "fue ha este esta son entre sobre también según",
  ),
  it: words(
    "il lo la gli le di del della e che un una è per non con sono da nel alla anche più ha " +
      "come ma dei si sul questo secondo",
  ),
  pt: words(
    "o a os as de do da dos das e que em um uma é para com não no na por se mais foi ao mas " +
      "seu sua como pelo pela segundo",
  ),
  nl: words(
    "de het een en van in is dat op te met voor niet zijn er aan ook als bij door werd naar " +
      "om wordt maar hij zij heeft over",
  ),
};

function words(list: string): readonly string[] {
  return list.split(" ");
}
