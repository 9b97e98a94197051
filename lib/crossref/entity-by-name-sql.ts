// The one definition of "the entity that goes by this name", as SQL text: any of its aliases,
// normalized as the indexer does ("Mr. Barra" = "Barra"), one lookup of the unique index on
// entity_aliases.normAlias. The report's entity scope and its cover both use it, so the claims a
// report holds and the name its cover prints cannot disagree.

/** A subquery selecting the `entityId` whose alias is the name `nameSql` (a bound parameter such as `$3`). */
export function entityByNameSql(nameSql: string): string {
  return `SELECT ea."entityId" FROM "entity_aliases" ea WHERE ea."normAlias" = crossref_norm_name(${nameSql})`;
}
