import { cachedRead } from './cache'
import type { SiteLocale } from './paths'
import { getSitePayload } from './payloadClient'

/**
 * Organisations that belong to this one: its children (parent) and those that name it in a
 * relation (the five regional centres are "part of" the programme), so the link goes both ways.
 */
async function readMembers(id: string, locale: SiteLocale) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'organisations',
    overrideAccess: false,
    where: { or: [{ parent: { equals: id } }, { 'relations.organisation': { equals: id } }] },
    locale,
    depth: 0,
    sort: 'name',
    pagination: false,
    select: { name: true, slug: true, kind: true },
  })
  return docs
}

export const listOrganisationMembers = cachedRead('organisation-members', readMembers)
