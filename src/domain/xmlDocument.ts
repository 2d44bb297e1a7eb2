import { create } from 'xmlbuilder2'

/**
 * A new XML document for feeds, the sitemap and OAI-PMH. Characters XML 1.0 forbids (U+0001, a
 * form feed) can sit in a pasted title or a request; they are dropped, since one of them makes
 * the whole document ill-formed for every parser.
 */
export const newXmlDocument = () =>
  create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' })
