import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Events } from './collections/Events'
import { Impulses } from './collections/Impulses'
import { Media } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { Panels } from './collections/Panels'
import { People } from './collections/People'
import { PressReleases } from './collections/PressReleases'
import { ResearchNotes } from './collections/ResearchNotes'
import { Talks } from './collections/Talks'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookSubscriptions } from './collections/WebhookSubscriptions'
import { hasRole } from './src/access/roles'
import {
  DATABASE_SERVER_SELECTION_TIMEOUT_MS,
  databaseUnavailableAfterError,
} from './src/api/databaseUnavailable'
import { PUBLICATION_COLLECTIONS } from './src/publicationTypes'
import { isSiteLocale, pagePath, type PageCollection } from './src/site/paths'
import { corsOrigins, keepCorsOriginsFresh } from './src/api/corsOrigins'
import { apiV1Endpoints } from './src/api/v1/endpoints'
import { sendBareIdFiltersToFerretDB } from './src/database/bareIdFilters'
import { getEnv, jobsRunInThisProcess } from './src/env'
import { deliverWebhookTask } from './src/webhooks/deliverWebhook'
import { notifyWebhooksTask } from './src/webhooks/notifyWebhooks'
import { releaseStaleJobsNow } from './src/jobs/releaseStaleJobs'
import { healthEndpoint } from './src/health/healthEndpoint'
import { readyEndpoint } from './src/health/readyEndpoint'
import { loggerConfig } from './src/observability/loggerConfig'
import { trackDatabaseReachability } from './src/database/databaseReachability'
import { MEDIA_MAX_BYTES } from './src/uploads/mediaFileTypes'
import { mediaStorage, s3SettingsFrom } from './src/uploads/mediaStorage'
import { multipartClientErrors } from './src/uploads/multipartClientErrors'
import { ensureSearchIndexes } from './src/search/ensureSearchIndexes'
import { searchHealthEndpoint, searchReindexEndpoint } from './src/search/indexHealthEndpoints'
import { reconcileSearchTask } from './src/search/reconcileTask'
import { reindexSearchTask } from './src/search/reindexTask'
import { searchEndpoint } from './src/search/searchEndpoint'
import { SearchSettings } from './src/globals/SearchSettings'
import { applySearchSettingsTask } from './src/search/applySearchSettingsTask'
import { getSynonymGroups } from './src/search/synonymGroups'
import { syncDependantsTask } from './src/search/syncDependantsTask'
import { syncPublicationTask } from './src/search/syncPublicationTask'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()

/**
 * FerretDB v1 (the embedded database) has no multi-document transactions and no `$lookup`, and
 * ignores index hints. On a real MongoDB replica set all of these stay on.
 */
const ferretdbCompatibility = {
  transactionOptions: false,
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
  disableIndexHints: true,
} as const

if (env.DATABASE_FLAVOUR === 'ferretdb') sendBareIdFiltersToFerretDB()

export default buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Wissenshub' },
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
      afterNavLinks: ['/src/admin/SearchHealthNavLink#SearchHealthNavLink'],
      views: {
        searchHealth: {
          Component: '/src/admin/SearchHealthView#SearchHealthView',
          path: '/suchindex',
        },
      },
    },
  },
  collections: [
    Events,
    Talks,
    Impulses,
    Panels,
    ResearchNotes,
    PressReleases,
    People,
    Organisations,
    Topics,
    Media,
    Users,
    WebhookSubscriptions,
    WebhookDeliveries,
  ],
  globals: [SearchSettings],
  // Bodies sent without a length stop here; `src/proxy.ts` refuses declared ones earlier.
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  hooks: { afterError: [multipartClientErrors, databaseUnavailableAfterError] },
  plugins: [mediaStorage(s3SettingsFrom(env))],
  editor: lexicalEditor(),
  db: mongooseAdapter({
    url: env.DATABASE_URI,
    connectOptions: { serverSelectionTimeoutMS: DATABASE_SERVER_SELECTION_TIMEOUT_MS },
    ...(env.DATABASE_FLAVOUR === 'ferretdb' ? ferretdbCompatibility : {}),
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
    ],
    // Every second: a published talk should be searchable within a second or two.
    autoRun: [{ cron: '* * * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: async (payload) => {
      if (!jobsRunInThisProcess()) return false
      await releaseStaleJobsNow(payload)
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
    searchEndpoint,
    searchHealthEndpoint,
    searchReindexEndpoint,
    ...apiV1Endpoints,
  ],
  // Index settings must exist before the first document. A Meilisearch that is down now does not
  // stop the app: the sync job ensures the settings again before it indexes anything.
  cors: corsOrigins,
  onInit: async (payload) => {
    trackDatabaseReachability(payload.db.connection)
    await keepCorsOriginsFresh(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'CORS origins not loaded'),
    )
    await ensureSearchIndexes(await getSynonymGroups(payload)).catch((error: unknown) =>
      payload.logger.warn(
        { err: error },
        'Search index settings not applied yet (Meilisearch unreachable)',
      ),
    )
  },
  logger: loggerConfig({ production: env.APP_ENV === 'production', level: env.LOG_LEVEL }),
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  sharp,
})
