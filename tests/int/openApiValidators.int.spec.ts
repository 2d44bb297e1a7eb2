/**
 * The OpenAPI document as partners' toolchains see it: two independent validators (the ones
 * client generators and API gateways are built on) must accept it without a finding.
 */
import SwaggerParser from '@apidevtools/swagger-parser'
import { createConfig, lintFromString } from '@redocly/openapi-core'

import { stack } from '../helpers/api'

let document: Record<string, unknown>

beforeAll(async () => {
  const response = await fetch(new URL('/api/v1/openapi.json', stack().appUrl))
  expect(response.status).toBe(200)
  document = (await response.json()) as Record<string, unknown>
})

describe('the OpenAPI document passes independent validators', () => {
  it('swagger-parser validates it (OpenAPI 3.1 schema and $refs)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy()
  })

  it('Redocly lints it with its recommended rules without a finding', async () => {
    // The test hub runs on localhost; in production SERVER_URL is the public address.
    const config = await createConfig({
      extends: ['recommended'],
      rules: { 'no-server-example.com': 'off' },
    })
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    })
    const findings = problems.map(
      (problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
    )
    expect(findings).toEqual([])
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
