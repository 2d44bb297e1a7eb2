import { Cite } from '@citation-js/core'

import type { CitationFormat } from '../paths'
import { bibtexEntry } from './bibtexEntry'
import type { CslItem } from './cslItem'
import { risRecord } from './risRecord'

const CONTENT_TYPE: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
}

/**
 * A CSL-JSON item as BibTeX, RIS or CSL-JSON (a list of one item). BibTeX and RIS are written
 * here, not by citation-js: its RIS wraps lines at 70 characters without a tag and types talks
 * as sound recordings; its BibTeX leaves `% & $ # _` unescaped and makes keys from year and
 * title, which panels share.
 */
export function formatCitation(item: CslItem, format: CitationFormat) {
  const body =
    format === 'bib'
      ? bibtexEntry(item, item.id)
      : format === 'ris'
        ? risRecord(item)
        : new Cite([item]).format('data')
  return { body, contentType: CONTENT_TYPE[format] }
}
