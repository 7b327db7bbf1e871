/**
 * SQL fragments for a name search shared by regions and agencies: words through the `indonesian` text-search
 * config (stemming: "kepulauan" finds "pulau") OR trigram word similarity (pg_trgm), so a typo like
 * "purbalinga" still finds Purbalingga. unaccent folds "Pékanbaru" to the plain spelling of the data.
 * `vector` and `text` are column expressions of this module (never user input); the search text is `param`.
 */
export function nameSearchSql(vector: string, text: string, param: string): { where: string; score: string } {
  const query = `plainto_tsquery('indonesian', unaccent(${param}))`;
  const folded = `lower(unaccent(${param}))`;
  return {
    // `text %> q` is word_similarity(q, text) >= pg_trgm.word_similarity_threshold (0.6), index-assisted.
    where: `(${vector} @@ ${query} OR ${text} %> ${folded})`,
    score: `greatest(word_similarity(${folded}, ${text}), ts_rank(${vector}, ${query}))`,
  };
}

/** LIMIT/OFFSET for a 1-based page. */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
