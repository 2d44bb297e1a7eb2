/**
 * Structured data for search engines; `<` is escaped so content cannot close the script.
 * `inLanguage` replaces the thing's own where it has one: the language its text is in.
 */
export function JsonLd({ data, inLanguage }: { data: object; inLanguage?: string }) {
  const thing = inLanguage && 'inLanguage' in data ? { ...data, inLanguage } : data
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(thing).replace(/</g, '\\u003c') }}
    />
  )
}
