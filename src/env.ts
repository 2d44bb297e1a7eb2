import { z } from 'zod'

import { DEFAULT_HUB_TIME_ZONE, isTimeZone } from './domain/hubTimeZone'
import { isOrigin } from './domain/isOrigin'
import { parseTrustedProxies } from './api/clientAddress'

/**
 * Every setting the app reads, parsed once. `scripts/start.ts` fills these for the embedded
 * services; in production an operator sets them (see `.env.example`).
 */

// Values that appear in docs and examples: accepted nowhere in production.
const KNOWN_PLACEHOLDER_SECRETS = new Set([
  'change-me-to-a-long-random-string-of-32-chars-or-more',
  'changeme',
  'secret',
  'YOUR_SECRET_HERE',
])

const booleanFromString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')

const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

const envSchema = z
  .object({
    APP_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URI: z.url({ message: 'DATABASE_URI must be a mongodb:// or mongodb+srv:// URL' }),
    // FerretDB (the embedded database) has no transactions, no $lookup and no collation; the
    // adapter is told so explicitly instead of the app sniffing the server.
    DATABASE_FLAVOUR: z.enum(['mongodb', 'ferretdb']).default('mongodb'),
    PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters long'),
    MEILI_HOST: z.url({ message: 'MEILI_HOST must be an http(s) URL, e.g. http://127.0.0.1:7700' }),
    MEILI_MASTER_KEY: z.string().min(16, 'MEILI_MASTER_KEY must be at least 16 bytes long'),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/, 'MEILI_INDEX_PREFIX may contain only a-z, 0-9, _ and -')
      .default(''),
    SERVER_URL: z.url().default('http://localhost:3000'),
    // Further addresses people open the admin from (comma-separated origins), see
    // src/auth/adminOrigins.ts; SERVER_URL and, for a loopback SERVER_URL, its loopback names
    // are always allowed.
    ADMIN_ORIGINS: z
      .string()
      .default('')
      .refine(
        (value) => value.split(',').every((origin) => !origin.trim() || isOrigin(origin.trim())),
        'ADMIN_ORIGINS is a comma-separated list of origins such as https://hub.example.org',
      ),
    // The time zone in which editors enter and read dates (src/domain/hubTimeZone.ts).
    HUB_TIME_ZONE: z
      .string()
      .default(DEFAULT_HUB_TIME_ZONE)
      .refine(isTimeZone, 'HUB_TIME_ZONE must be an IANA time zone such as Europe/Berlin'),
    JOBS_AUTORUN: booleanFromString.default(true),
    // A job claimed longer ago than this by a runner that then died is released and run again.
    // Longer than the slowest task (a full reindex of 100,000 publications took 8 minutes).
    JOBS_STALE_AFTER_SECONDS: z.coerce.number().int().min(1).default(900),
    // API v1 requests per window: anonymous clients per address, partners per key (an admin can
    // set a partner's own limit on the account).
    API_RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).default(60),
    API_RATE_LIMIT_PARTNER: z.coerce.number().int().min(1).default(600),
    // Comma-separated origins (https://portal.example) browsers may call the API from, besides
    // those set on partner accounts.
    API_CORS_ORIGINS: z.string().default(''),
    // Tests and local development deliver webhooks to receivers on this machine.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: booleanFromString.default(false),
    API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    // Sign-in: Payload locks an account for LOGIN_LOCK_SECONDS after LOGIN_MAX_ATTEMPTS wrong
    // passwords in a row. Failed sign-ins and password-reset requests are also limited per
    // address and per account within AUTH_RATE_LIMIT_WINDOW_SECONDS (429 with Retry-After).
    LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(600),
    AUTH_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
    // `database` shares the counters between app instances (collection `rate-limits`).
    API_RATE_LIMIT_STORE: z.enum(['memory', 'database']).default('memory'),
    // Reverse proxies (addresses, CIDR ranges) whose X-Forwarded-For is believed; none by default,
    // so a client cannot pick the address its rate limits count against.
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((value, ctx) => {
        try {
          return parseTrustedProxies(value)
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message })
          return z.NEVER
        }
      }),
    // Media on S3-compatible storage: bucket, region and keys together, or none of them (media
    // then stay in the upload folder). S3_ENDPOINT for providers other than AWS (MinIO, …).
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ENDPOINT: z
      .url({ message: 'S3_ENDPOINT must be an http(s) URL, e.g. https://s3.eu-central-1.example' })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    // Review notifications to editors: sent over SMTP when set, otherwise logged (console adapter).
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        message: 'SMTP_URL must be smtp://user:password@host:587 or smtps://user:password@host:465',
      })
      .optional(),
    EMAIL_FROM: z.email({ message: 'EMAIL_FROM must be an e-mail address' }).optional(),
    // Set by `npm start` for the web server it supervises: where it keeps its processes' state.
    WISSENSHUB_SUPERVISOR_STATUS: z.string().min(1).optional(),
    // OAI-PMH Identify: who runs the repository, and the domain in its record identifiers
    // (oai:<domain>:talks/<id>). Both must be real: harvesters write to the address and keep
    // the identifiers for good.
    OAI_ADMIN_EMAIL: z
      .string()
      .regex(
        /^\S+@(\S+\.)+\S+$/,
        'OAI_ADMIN_EMAIL must be an e-mail address with a domain, e.g. oai@thinktank.de',
      )
      .optional(),
    OAI_REPOSITORY_IDENTIFIER: z
      .string()
      .regex(
        /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/,
        'OAI_REPOSITORY_IDENTIFIER must be a domain name, e.g. wissenshub.thinktank.de',
      )
      .optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    const s3Given = S3_REQUIRED.filter((key) => env[key] !== undefined)
    if (s3Given.length > 0 || env.S3_ENDPOINT !== undefined) {
      for (const key of S3_REQUIRED.filter((key) => env[key] === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} is missing: media on S3 need ${S3_REQUIRED.join(', ')} (and S3_ENDPOINT outside AWS); set all of them, or none to keep media in the upload folder`,
        })
      }
    }
    if (env.SMTP_URL && !env.EMAIL_FROM) {
      ctx.addIssue({
        code: 'custom',
        path: ['EMAIL_FROM'],
        message:
          'EMAIL_FROM is missing: mail over SMTP_URL needs a sender address the server accepts',
      })
    }
    if (env.APP_ENV !== 'production') return
    for (const key of ['PAYLOAD_SECRET', 'MEILI_MASTER_KEY'] as const) {
      if (KNOWN_PLACEHOLDER_SECRETS.has(env[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} is a documented placeholder; set a random value (e.g. \`openssl rand -hex 32\`)`,
        })
      }
    }
  })

export type AppEnv = z.infer<typeof envSchema>

export class InvalidEnvironmentError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`)
    super(
      `Wissenshub cannot start, the environment is incomplete:\n${lines.join('\n')}\n` +
        'See .env.example; `npm start` fills these in for the embedded services.',
    )
    this.name = 'InvalidEnvironmentError'
  }
}

export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  const result = envSchema.safeParse(source)
  if (!result.success) throw new InvalidEnvironmentError(result.error.issues)
  return result.data
}

// `next build` and `payload generate:*` evaluate the config without ever serving a request or
// connecting, so they may run without the runtime settings. Servers read the real environment.
const isConfigOnly =
  process.env.NEXT_PHASE === 'phase-production-build' || process.env.WISSENSHUB_CONFIG_ONLY === '1'

const BUILD_PLACEHOLDERS = {
  DATABASE_URI: 'mongodb://127.0.0.1:1/build-only',
  PAYLOAD_SECRET: 'build-only-'.padEnd(40, 'x'),
  MEILI_HOST: 'http://127.0.0.1:1',
  MEILI_MASTER_KEY: 'build-only-'.padEnd(24, 'x'),
}

let cached: AppEnv | undefined

/**
 * Whether this process runs queued jobs, read at each call: scripts switch it off (`withPayload`)
 * after the config, and with it the cached environment, may already have been loaded.
 */
export function jobsRunInThisProcess(): boolean {
  return booleanFromString.catch(true).parse(process.env.JOBS_AUTORUN ?? 'true')
}

export function getEnv(): AppEnv {
  cached ??= parseEnv(isConfigOnly ? { ...BUILD_PLACEHOLDERS, ...process.env } : process.env)
  return cached
}
