/**
 * The OpenAPI document as partners' toolchains see it: two independent validators (the ones
 * client generators and API gateways are built on) must accept it without a finding.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { stack } from '../helpers/api'
import { runTool, validatorBin } from '../helpers/apiValidators'

let document: Record<string, unknown>

beforeAll(async () => {
  const response = await fetch(new URL('/api/v1/openapi.json', stack().appUrl))
  expect(response.status).toBe(200)
  document = (await response.json()) as Record<string, unknown>
})

describe('the OpenAPI document passes independent validators', () => {
  it('swagger-parser and Redocly (recommended rules) find nothing', async () => {
    const url = new URL('/api/v1/openapi.json', stack().appUrl).toString()
    const { code, stdout, output } = await runTool(process.execPath, [
      'tests/scripts/validateOpenApi.mjs',
      url,
    ])
    expect([code, code === 0 ? '' : output]).toEqual([0, ''])
    expect(JSON.parse(stdout)).toEqual({ swaggerParser: [], redocly: [] })
  })

  it('openapi-spec-validator (Python) accepts it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-')), 'openapi.json')
    fs.writeFileSync(file, JSON.stringify(document))
    const { code, output } = await runTool(validatorBin('openapi-spec-validator'), [file])
    expect([code, output.trim()]).toEqual([0, `${file}: OK`])
  })

  it('names its operations in one style (verbNoun, camelCase)', () => {
    const ids = Object.values(document.paths as Record<string, Record<string, unknown>>).flatMap(
      (path) =>
        Object.values(path).map((operation) => (operation as { operationId: string }).operationId),
    )
    expect(ids.filter((id) => !/^(list|get|search|export)[A-Z][A-Za-z]+$/.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('declares the constraints the server enforces on its parameters', () => {
    const parameters = (path: string) =>
      Object.fromEntries(
        (
          document.paths as Record<
            string,
            { get: { parameters: { name: string; schema: object }[] } }
          >
        )[path].get.parameters.map((parameter) => [parameter.name, parameter.schema]),
      )
    expect(parameters('/{type}').fields).toHaveProperty('pattern')
    expect(parameters('/search').year).toMatchObject({
      type: 'array',
      items: { pattern: '^\\d{4}$' },
    })
    expect(parameters('/search').topic).toMatchObject({ type: 'array', items: { pattern: '\\S' } })
  })
})
