import type { CollectionConfig, Field, GlobalConfig } from 'payload'

type Labelled = { label?: unknown; labels?: { singular?: unknown; plural?: unknown } }

const hasGerman = (label: unknown) =>
  typeof label === 'string' ||
  label === false ||
  (typeof label === 'object' && label !== null && 'de' in label)

/**
 * Fields the admin would name after their code name ("Reference hinzufügen", "Question"): every
 * named field needs a label, German first, and every array its row labels. Returned as paths.
 */
export function unlabelledFields(entities: (CollectionConfig | GlobalConfig)[]): string[] {
  const found: string[] = []
  const walk = (fields: Field[], path: string) => {
    for (const field of fields) {
      const named = 'name' in field ? `${path}.${field.name}` : path
      const labelled = field as Labelled
      if ('name' in field && field.type !== 'ui' && !field.admin?.hidden) {
        if (!hasGerman(labelled.label)) found.push(named)
      }
      if (field.type === 'array' && !hasGerman(labelled.labels?.singular)) {
        found.push(`${named} (rows)`)
      }
      if ('fields' in field) walk(field.fields, named)
      if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, named)
    }
  }
  for (const entity of entities) walk(entity.fields, entity.slug)
  return found
}
