import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'

import type { CitationFormat } from '../paths'
import type { CslItem } from './cslItem'

// Umlauts stay UTF-8 in BibTeX (biber, Zotero and JabRef read it) instead of {\"u} escapes.
plugins.config.get('@bibtex').format.asciiOnly = false

const OUTPUT: Record<CitationFormat, { citeFormat: string; contentType: string }> = {
  bib: { citeFormat: 'bibtex', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { citeFormat: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
  json: {
    citeFormat: 'data',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
}

/** A CSL-JSON item as BibTeX, RIS or CSL-JSON (a list of one item), written by citation-js. */
export function formatCitation(item: CslItem, format: CitationFormat) {
  const { citeFormat, contentType } = OUTPUT[format]
  return { body: new Cite([item]).format(citeFormat), contentType }
}
