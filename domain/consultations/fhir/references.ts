/**
 * Every `reference` in a bundle's resources that is not the fullUrl of one of its entries. A
 * collection that another system reads on its own must have none: the export refuses to hand one on.
 */
export function danglingReferences(bundle: { entry: { fullUrl: string; resource: unknown }[] }): string[] {
  const known = new Set(bundle.entry.map((e) => e.fullUrl));
  const dangling: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string') {
        if (!known.has(inner)) dangling.push(inner);
      } else visit(inner);
    }
  };
  bundle.entry.forEach((e) => visit(e.resource));
  return dangling;
}
