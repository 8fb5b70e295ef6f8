/** The team that owns a resource, from its tags: `owner`, else `team` (any case). */
export function ownerOf(tags: Record<string, string>): string | null {
  for (const wanted of ["owner", "team"]) {
    for (const [k, v] of Object.entries(tags)) {
      if (k.toLowerCase() === wanted && v.trim() !== "") return v.trim();
    }
  }
  return null;
}
