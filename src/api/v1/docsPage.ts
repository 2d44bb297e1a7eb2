/** A readable page of the OpenAPI document: every operation with its parameters and answers. */
type Schema = {
  type?: string | string[]
  enum?: unknown[]
  default?: unknown
  description?: string
  $ref?: string
  items?: Schema
  properties?: Record<string, Schema>
  required?: string[]
  anyOf?: Schema[]
  maximum?: number
  minimum?: number
}
type Parameter = {
  name: string
  in: string
  required?: boolean
  description?: string
  schema: Schema
}
type Operation = {
  summary: string
  parameters?: Parameter[]
  responses: Record<string, { description: string }>
}
type Document = {
  info: { title: string; version: string; description: string }
  servers: { url: string }[]
  paths: Record<string, { get: Operation }>
  components: { schemas: Record<string, Schema> }
}

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function typeOf(schema: Schema | undefined): string {
  if (!schema) return ''
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1)!
    return `<a href="#schema-${escape(name)}">${escape(name)}</a>`
  }
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ')
  if (schema.enum) return schema.enum.map((value) => `<code>${escape(value)}</code>`).join(' | ')
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`
  const limits = [
    schema.minimum !== undefined && schema.minimum > -1e15 ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined && schema.maximum < 1e15 ? `≤ ${schema.maximum}` : '',
  ].filter(Boolean)
  return escape([[schema.type].flat().join(' | '), ...limits].join(' '))
}

function operationHtml(path: string, operation: Operation) {
  const rows = (operation.parameters ?? [])
    .map(
      (parameter) =>
        `<tr><td><code>${escape(parameter.name)}</code></td><td>${escape(parameter.in)}</td>` +
        `<td>${typeOf(parameter.schema)}</td><td>${escape(parameter.schema.default ?? '')}</td>` +
        `<td>${escape(parameter.description ?? parameter.schema.description ?? '')}</td></tr>`,
    )
    .join('')
  const answers = Object.entries(operation.responses)
    .map(
      ([status, response]) => `<li><b>${escape(status)}</b> ${escape(response.description)}</li>`,
    )
    .join('')
  return (
    `<section><h2><code>GET ${escape(path)}</code></h2><p>${escape(operation.summary)}</p>` +
    (rows
      ? `<table><thead><tr><th>Parameter</th><th>in</th><th>Type</th><th>Default</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>`
      : '') +
    `<ul>${answers}</ul></section>`
  )
}

function schemaHtml(name: string, schema: Schema) {
  const rows = Object.entries(schema.properties ?? {})
    .map(
      ([property, definition]) =>
        `<tr><td><code>${escape(property)}</code>${schema.required?.includes(property) ? '' : ' (optional)'}</td>` +
        `<td>${typeOf(definition)}</td><td>${escape(definition.description ?? '')}</td></tr>`,
    )
    .join('')
  return (
    `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3><p>${escape(schema.description ?? '')}</p>` +
    `<table><tbody>${rows}</tbody></table></section>`
  )
}

export function docsPage(document: Document): string {
  const base = document.servers[0]?.url ?? ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)} ${escape(document.info.version)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
code{background:#f3f3f3;padding:0 .2rem}section{margin:2rem 0}a{color:#0645ad}</style></head>
<body><main><h1>${escape(document.info.title)} <small>v${escape(document.info.version)}</small></h1>
<p>${escape(document.info.description)}</p>
<p>Base URL: <code>${escape(base)}</code> · Machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1)</p>
${Object.entries(document.paths)
  .map(([path, item]) => operationHtml(path, item.get))
  .join('\n')}
<h2>Schemas</h2>
${Object.entries(document.components.schemas)
  .map(([name, schema]) => schemaHtml(name, schema))
  .join('\n')}
</main></body></html>`
}
