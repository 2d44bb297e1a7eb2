// Imported dynamically by withPayload, after the environment is set. `payload` and the config
// are imported statically from one module on purpose: loading `payload` in one dynamic import
// and the config (which pulls in @payloadcms/richtext-lexical) in another leaves Node 20's ESM
// loader waiting forever on a top-level-await cycle.
import { getPayload } from 'payload'

import config from '../../payload.config'

export const bootPayload = () => getPayload({ config })
