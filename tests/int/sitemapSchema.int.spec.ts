/** The sitemap as search engines check it: valid against the sitemaps.org schema (libxml2). */
import { stack } from '../helpers/api'
import { createSiteContent } from '../helpers/siteContent'
import { schemaFindings } from '../helpers/xmlSchemas'

it('sitemap.xml is valid against the sitemaps.org schema, with xhtml:link alternates', async () => {
  await createSiteContent()
  const response = await fetch(new URL('/sitemap.xml', stack().appUrl))
  expect(response.status).toBe(200)
  const xml = await response.text()
  expect(xml).toContain('<xhtml:link')
  expect(await schemaFindings(xml, 'sitemap-xhtml.xsd', ['sitemap.xsd', 'xhtml-link.xsd'])).toEqual(
    [],
  )
})
