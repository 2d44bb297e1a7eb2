import fs from 'node:fs'
import path from 'node:path'

import { validateXML } from 'xmllint-wasm'

const SCHEMAS = path.join(process.cwd(), 'tests', 'schemas')
const schemaFile = (fileName: string) => ({
  fileName,
  contents: fs.readFileSync(path.join(SCHEMAS, fileName), 'utf8'),
})

/**
 * The findings of libxml2 (xmllint, compiled to WebAssembly: a parser the hub does not use)
 * on `xml` against a vendored schema in tests/schemas (XSD or RELAX NG). Ill-formed XML is a
 * finding too. `imports` are further schema files the main one imports.
 */
export async function schemaFindings(
  xml: string,
  schema: string,
  imports: string[] = [],
): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schemaFile(schema)],
    preload: imports.map(schemaFile),
    extension: schema.endsWith('.rng') ? 'relaxng' : 'schema',
  })
  return result.errors.map((error) => error.rawMessage)
}
