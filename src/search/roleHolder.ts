/** Who a role in a question stands for: "how old is the mayor" asks the age of the one person quoted as mayor. */

import type { Candidate, SentenceDoc, SentenceIndex } from './sentenceIndex.js';
import type { ResolvedTerm } from './vocabulary.js';

export interface RoleHolder {
  /** The surname (stem) of the role's one holder in the story, if it has one. */
  in(articleId: string): string | undefined;
  /** Whether the sentence names, by surname, the holder of the role this stem is a word of. */
  named(doc: SentenceDoc, stemmed: string): boolean;
  /** The sentences naming the holder that are not among the candidates already. */
  candidates(picked: readonly Candidate[], allowed: (articleId: string) => boolean): Candidate[];
}

const NO_HOLDER: RoleHolder = { in: () => undefined, named: () => false, candidates: () => [] };

/**
 * The role words of "how old is the <role>" (those of `ageOf` that are none of the question's names), read as the one
 * person each story quotes with all of them in their role: a sentence that names that person by surname holds the
 * role (_Carvalhal, 54, a former schoolteacher_ for "how old is the mayor", which another sentence gives her), and is a
 * candidate though it writes none of the question's words (+2, nothing lost). Whose age it gives is judged with the
 * rest of what is asked (see `fitsAskedFor`).
 */
export function roleHolder(
  index: SentenceIndex,
  ageOf: ReadonlySet<string> | undefined,
  names: readonly ResolvedTerm[],
): RoleHolder {
  const own = new Set(names.flatMap((t) => t.matches.map((m) => m.stem)));
  const role = [...(ageOf ?? [])].filter((s) => !own.has(s));
  if (role.length === 0) return NO_HOLDER;
  // Asked of every candidate, for each word of the role and by the fit check: found once per story.
  const holders = new Map<string, string | undefined>();
  const holderIn = (articleId: string) => {
    if (!holders.has(articleId)) holders.set(articleId, index.holderOf(articleId, role));
    return holders.get(articleId);
  };
  return {
    in: holderIn,
    named(doc, stemmed) {
      if (!role.includes(stemmed)) return false;
      const holder = holderIn(doc.articleId);
      return holder !== undefined && doc.terms.includes(` ${holder} `);
    },
    candidates(picked, allowed) {
      const have = new Set(picked.map((c) => c.id));
      return index.namingHolderOf(role, allowed).filter((c) => !have.has(c.id));
    },
  };
}
