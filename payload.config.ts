import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { COLLECTIONS } from './collections'
import { Users } from './collections/Users'
import { restrictDocumentLocks } from './src/access/documentLockAccess'
import { hasRole } from './src/access/roles'
import { adminOrigins } from './src/auth/adminOrigins'
import {
  DATABASE_SERVER_SELECTION_TIMEOUT_MS,
  databaseUnavailableAfterError,
} from './src/api/databaseUnavailable'
import { PUBLICATION_COLLECTIONS } from './src/publicationTypes'
import { isSiteLocale, pagePath, type PageCollection } from './src/site/paths'
import { corsOrigins, keepCorsOriginsFresh } from './src/api/corsOrigins'
import { apiV1Endpoints } from './src/api/v1/endpoints'
import { emailAdapter } from './src/email/emailAdapter'
import { maskInternalGraphqlErrors } from './src/api/maskInternalGraphqlErrors'
import { queryProblemAfterError } from './src/api/queryProblem'
import { SignInRateLimited, signInFailureAnswer } from './src/auth/signInThrottle'
import { withQueryChecks } from './src/collections/withQueryChecks'
import { sendBareIdFiltersToFerretDB } from './src/database/bareIdFilters'
import { getEnv, jobsRunInThisProcess } from './src/env'
import { notifyReviewersTask } from './src/review/notifyReviewersTask'
import { insecureProductionWarning } from './src/security/sessionCookie'
import { deliverWebhookTask } from './src/webhooks/deliverWebhook'
import { notifyWebhooksTask } from './src/webhooks/notifyWebhooks'
import { keepOutboxMoving } from './src/jobs/outboxUpkeep'
import { releaseStaleJobsNow } from './src/jobs/releaseStaleJobs'
import { queueDueScheduledJobs } from './src/jobs/scheduledJobs'
import { withReaderDepthCap } from './src/hooks/capReaderDepth'
import { graphqlDepthLimit } from './src/api/graphqlDepthLimit'
import { withDocAccessForReaders } from './src/api/docAccessEndpoint'
import { healthEndpoint } from './src/health/healthEndpoint'
import { siteCacheRevalidateEndpoint } from './src/site/siteCacheRevalidation'
import { readyEndpoint } from './src/health/readyEndpoint'
import { loggerConfig } from './src/observability/loggerConfig'
import { trackDatabaseReachability } from './src/database/databaseReachability'
import { ferretdbAdapterOptions } from './src/database/ferretdbCompatibility'
import { relaxDraftSlugIndexes } from './src/database/relaxDraftSlugIndexes'
import { MEDIA_MAX_BYTES } from './src/uploads/mediaFileTypes'
import { mediaStorage, s3SettingsFrom } from './src/uploads/mediaStorage'
import { refreshAllMediaPublicUse } from './src/uploads/mediaPublicUse'
import { multipartClientErrors } from './src/uploads/multipartClientErrors'
import { ensureSearchIndexes } from './src/search/ensureSearchIndexes'
import { searchHealthEndpoint, searchReindexEndpoint } from './src/search/indexHealthEndpoints'
import { reconcileSearchTask } from './src/search/reconcileTask'
import { reindexSearchTask } from './src/search/reindexTask'
import { SearchSettings } from './src/globals/SearchSettings'
import { SiteSettings } from './src/globals/SiteSettings'
import { applySearchSettingsTask } from './src/search/applySearchSettingsTask'
import { getSynonymGroups } from './src/search/synonymGroups'
import { syncDependantsTask } from './src/search/syncDependantsTask'
import { syncPublicationTask } from './src/search/syncPublicationTask'
import { withinTime } from './src/services/withinTime'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const INIT_STEP_TIMEOUT_MS = 45_000
const env = getEnv()

// FerretDB serves by-id reads from its index only in the bare `{ _id }` form (README, FerretDB gaps).
if (env.DATABASE_FLAVOUR === 'ferretdb') sendBareIdFiltersToFerretDB()

export default buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  // Which addresses may send the admin's session cookie; see src/auth/adminOrigins.ts.
  csrf: adminOrigins(env),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' – Wissenshub',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    // No Gravatar: an avatar request would send a hash of each editor's e-mail to a third party.
    avatar: 'default',
    dateFormat: 'dd.MM.yyyy, HH:mm',
    timezones: {
      supportedTimezones: [{ label: env.HUB_TIME_ZONE, value: env.HUB_TIME_ZONE }],
      defaultTimezone: env.HUB_TIME_ZONE,
    },
    // The page as it will look, from the latest draft, beside the editor (src/app/preview).
    livePreview: {
      collections: [...PUBLICATION_COLLECTIONS],
      url: ({ data, collectionConfig, locale }) =>
        collectionConfig && typeof data.slug === 'string' && data.slug
          ? `/preview?path=${encodeURIComponent(
              pagePath(
                collectionConfig.slug as PageCollection,
                data.slug,
                isSiteLocale(locale.code) ? locale.code : 'de',
              ),
            )}`
          : null,
    },
    components: {
      graphics: {
        Icon: '/src/admin/graphics/HubIcon#HubIcon',
        Logo: '/src/admin/graphics/HubLogo#HubLogo',
      },
      providers: ['/src/admin/PublishingControls#PublishingRoleMarker'],
      afterNavLinks: [
        '/src/admin/ReviewInboxNavLink#ReviewInboxNavLink',
        '/src/admin/SearchHealthNavLink#SearchHealthNavLink',
      ],
      beforeDashboard: ['/src/admin/ReviewInboxWidget#ReviewInboxWidget'],
      views: {
        reviewInbox: {
          Component: '/src/admin/ReviewInboxView#ReviewInboxView',
          path: '/pruefung',
        },
        searchHealth: {
          Component: '/src/admin/SearchHealthView#SearchHealthView',
          path: '/suchindex',
        },
      },
    },
  },
  collections: COLLECTIONS.map(withReaderDepthCap)
    .map(withDocAccessForReaders)
    .map(withQueryChecks),
  // Relationships are followed at most this deep for anyone (REST `?depth=`, Local API); readers
  // get less (src/hooks/capReaderDepth.ts), and related content and programme items stop at one
  // level, so the cycles between publications end (src/fields/contentFields.ts, Events).
  maxDepth: 3,
  globals: [SiteSettings, SearchSettings],
  // Bodies sent without a length stop here; `src/proxy.ts` refuses declared ones earlier.
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  hooks: {
    afterError: [
      multipartClientErrors,
      databaseUnavailableAfterError,
      signInFailureAnswer,
      maskInternalGraphqlErrors,
      queryProblemAfterError,
    ],
  },
  // A wrong password or a throttled attempt is the client's mistake, not an error of the hub.
  loggingLevels: {
    AuthenticationError: 'info',
    LockedAuth: 'info',
    // Payload's type lists only its own error classes; it looks levels up by `error.name`.
    ...({ [SignInRateLimited.name]: 'info' } as Record<string, 'info'>),
  },
  plugins: [mediaStorage(s3SettingsFrom(env))],
  editor: lexicalEditor(),
  email: emailAdapter(env),
  db: mongooseAdapter({
    url: env.DATABASE_URI,
    connectOptions: { serverSelectionTimeoutMS: DATABASE_SERVER_SELECTION_TIMEOUT_MS },
    ...(env.DATABASE_FLAVOUR === 'ferretdb' ? ferretdbAdapterOptions : {}),
  }),
  i18n: { supportedLanguages: { de, en }, fallbackLanguage: 'de' },
  localization: {
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'de',
    fallback: true,
  },
  jobs: {
    tasks: [
      syncPublicationTask,
      syncDependantsTask,
      applySearchSettingsTask,
      reindexSearchTask,
      reconcileSearchTask,
      notifyWebhooksTask,
      deliverWebhookTask,
      notifyReviewersTask,
    ],
    // Every second: a published talk should be searchable within a second or two.
    // Scheduled tasks (the nightly search reconcile) are queued by whichever process runs jobs,
    // once a minute (src/jobs/scheduledJobs.ts): here, or the jobs worker (src/jobs/jobsWorker.ts)
    // when this process leaves them to it.
    autoRun: [{ cron: '* * * * * *', queue: 'default', limit: 50, disableScheduling: true }],
    shouldAutoRun: async (payload) => {
      if (!jobsRunInThisProcess()) return false
      await releaseStaleJobsNow(payload)
      await keepOutboxMoving(payload)
      await queueDueScheduledJobs(payload)
      return true
    },
    deleteJobOnComplete: true,
    access: {
      queue: ({ req }) => hasRole(req.user, 'admin'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
  },
  endpoints: [
    healthEndpoint,
    readyEndpoint,
    searchHealthEndpoint,
    searchReindexEndpoint,
    siteCacheRevalidateEndpoint,
    ...apiV1Endpoints,
  ],
  // Index settings must exist before the first document. A Meilisearch that is down now does not
  // stop the app: the sync job ensures the settings again before it indexes anything.
  cors: corsOrigins,
  // Each step is bounded: Payload's start-up (and with it every API route) waits for onInit.
  onInit: async (payload) => {
    const insecure = insecureProductionWarning(env)
    if (insecure) payload.logger.warn(insecure)
    trackDatabaseReachability(payload.db.connection)
    await withinTime(
      keepCorsOriginsFresh(payload),
      INIT_STEP_TIMEOUT_MS,
      'Loading CORS origins',
    ).catch((error: unknown) => payload.logger.warn({ err: error }, 'CORS origins not loaded'))
    await withinTime(
      relaxDraftSlugIndexes(payload),
      INIT_STEP_TIMEOUT_MS,
      'Relaxing the unique slug indexes of publications',
    ).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Unique slug indexes of publications not relaxed'),
    )
    // Media from before `publicUse` existed; later, publishing keeps it (src/uploads/mediaPublicUse).
    void refreshAllMediaPublicUse(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Public use of media not recomputed'),
    )
    await withinTime(
      getSynonymGroups(payload).then(ensureSearchIndexes),
      INIT_STEP_TIMEOUT_MS,
      'Applying the search index settings',
    ).catch((error: unknown) =>
      payload.logger.warn(
        { err: error },
        'Search index settings not applied yet (Meilisearch unreachable or slow)',
      ),
    )
  },
  logger: loggerConfig({ production: env.APP_ENV === 'production', level: env.LOG_LEVEL }),
  graphQL: { disablePlaygroundInProduction: true, validationRules: () => [graphqlDepthLimit()] },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  sharp,
}).then(restrictDocumentLocks)
