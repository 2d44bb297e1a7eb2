import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { hasRole, PUBLISHING_ROLES } from '@/access/roles'
import { getSearchIndexHealth } from '@/search/indexHealth'

import { AdminViewFrame } from './AdminViewFrame'
import { ReindexButton } from './ReindexButton'

/** Admin view `/admin/suchindex`: is the public search complete and current? */
export async function SearchHealthView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const allowed = hasRole(req.user, ...PUBLISHING_ROLES)
  const health = allowed ? await getSearchIndexHealth(req.payload) : null
  return (
    <AdminViewFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title="Suchindex"
    >
      {!health ? (
        <p>Nur Redaktion und Administration sehen den Zustand des Suchindex.</p>
      ) : (
        <>
          <p>
            Meilisearch:{' '}
            {health.search.ok ? 'erreichbar' : `nicht erreichbar (${health.search.error})`}
          </p>
          <table>
            <caption>Öffentliche Inhalte in der Datenbank und im Index</caption>
            <thead>
              <tr>
                <th scope="col">Sammlung</th>
                <th scope="col">Öffentlich (Datenbank)</th>
                <th scope="col">Index Deutsch</th>
                <th scope="col">Index Englisch</th>
              </tr>
            </thead>
            <tbody>
              {health.types.map((row) => (
                <tr key={row.collection}>
                  <th scope="row">
                    {getTranslation(
                      req.payload.collections[row.collection].config.labels.plural,
                      req.i18n,
                    )}
                  </th>
                  <td>{row.publicInDatabase}</td>
                  <td>{row.indexed.de ?? '–'}</td>
                  <td>{row.indexed.en ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Aufträge: {health.jobs.pending} ausstehend, {health.jobs.scheduled} geplant (z. B. Ende
            einer Sperrfrist), {health.jobs.failed} fehlgeschlagen.
            {health.jobs.lastError &&
              ` Letzter Fehler (${health.jobs.lastError.task}, ${health.jobs.lastError.at}): ${health.jobs.lastError.message}`}
          </p>
          <p>
            Jeder öffentliche Inhalt steht in beiden Indizes, ohne Übersetzung in seiner
            Originalsprache. Abweichungen behebt der Neuaufbau oder{' '}
            <code>npm run search:reconcile</code>.
          </p>
          {hasRole(req.user, 'admin') && <ReindexButton />}
        </>
      )}
    </AdminViewFrame>
  )
}
