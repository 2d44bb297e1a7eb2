/**
 * Property-based tests of API v1 driven by its own OpenAPI document (schemathesis): generated
 * valid and invalid requests for every operation; every response must have a documented status
 * code, content type, headers and schema, invalid input must be refused with a 4xx, valid input
 * accepted, and nothing may answer 5xx.
 */
import { createPartnerAccount } from '../helpers/actors'
import { stack } from '../helpers/api'
import { runTool, validatorBin } from '../helpers/apiValidators'

const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'positive_data_acceptance',
]

it('schemathesis finds no failure in any operation', async () => {
  // A partner key with a quota high enough for the generated requests (anonymous: 60/min).
  const partner = await createPartnerAccount({ apiRateLimit: 1_000_000 })
  expect(partner.status).toBe(201)
  const { code, output } = await runTool(
    validatorBin('schemathesis'),
    [
      'run',
      new URL('/api/v1/openapi.json', stack().appUrl).toString(),
      '--checks',
      CHECKS.join(','),
      '--max-examples',
      '25',
      '--workers',
      '1',
      '--seed',
      '20261201',
      '--no-color',
      '--header',
      `Authorization: ${partner.headers.Authorization}`,
    ],
    420_000,
  )
  if (code !== 0) console.log(output)
  expect(code).toBe(0)
}, 480_000)
