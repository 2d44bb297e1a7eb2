import config from '@payload-config'
import { getPayload } from 'payload'

/** The site reads through the Local API *as an anonymous visitor* (overrideAccess: false). */
export const getSitePayload = () => getPayload({ config })
