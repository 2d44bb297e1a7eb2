// Validates an OpenAPI document (a URL) with swagger-parser and Redocly's recommended rules and
// prints their findings as JSON. Run with plain Node: both load ES modules Jest cannot require.
import SwaggerParser from '@apidevtools/swagger-parser'
import { createConfig, lintFromString } from '@redocly/openapi-core'

const url = process.argv[2]
const document = await (await fetch(url)).json()

let swaggerParser = []
try {
  await SwaggerParser.validate(structuredClone(document))
} catch (error) {
  swaggerParser = String(error.message).split('\n')
}

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
const redocly = problems.map(
  (problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
)
process.stdout.write(JSON.stringify({ swaggerParser, redocly }))
