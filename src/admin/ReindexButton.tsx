'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

/** Queues a full rebuild of the search index (atomic swap: search keeps working meanwhile). */
export function ReindexButton() {
  const [state, setState] = useState<'idle' | 'busy' | 'queued' | 'failed'>('idle')
  const reindex = async () => {
    setState('busy')
    const response = await fetch('/api/search/reindex', { method: 'POST', credentials: 'include' })
    setState(response.ok ? 'queued' : 'failed')
  }
  return (
    <div>
      <Button onClick={reindex} disabled={state === 'busy'}>
        Suchindex neu aufbauen
      </Button>
      <p role="status">
        {state === 'queued' && 'Neuaufbau eingeplant; die Suche bleibt währenddessen verfügbar.'}
        {state === 'failed' && 'Der Neuaufbau konnte nicht eingeplant werden.'}
      </p>
    </div>
  )
}
