import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { adminHeaders } from '../helpers/actors'
import { stack } from '../helpers/api'

type Upload = { status: number; json: { doc?: { id: string; filename: string }; errors?: unknown } }

/** A real multipart upload to the REST API, as the admin UI sends it. */
async function upload(bytes: Buffer, filename: string, type: string): Promise<Upload> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt: 'Testbild', credit: 'Test' }))
  const response = await fetch(new URL('/api/media', stack().appUrl), {
    method: 'POST',
    headers: await adminHeaders(),
    body: form,
  })
  return { status: response.status, json: await response.json() }
}

const png = () =>
  sharp({
    create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 10, b: 10 } },
  })
    .png()
    .toBuffer()

const messages = (result: Upload) => JSON.stringify(result.json.errors)

describe('uploads to the media library', () => {
  it('stores a real PNG under its own name in the media folder', async () => {
    const name = `abbildung-${Date.now()}.png`
    const result = await upload(await png(), name, 'image/png')
    expect(result.status).toBe(201)
    expect(result.json.doc?.filename).toBe(name)
    expect(fs.existsSync(path.join(stack().appEnv.MEDIA_DIR!, name))).toBe(true)
  })

  it('refuses HTML named .png with a 400 that says the content does not match', async () => {
    const html = Buffer.from('<!doctype html><html><body><p>Hallo<br><script>alert(1)</script>')
    const result = await upload(html, 'harmlos.png', 'image/png')
    expect(result.status).toBe(400)
    expect(messages(result)).toContain('content is not image/png')
  })

  // Payload alone stores both (checked with this hook switched off): any allowed type passes.
  it('refuses a PNG named .pdf, and a PNG sent as JPEG', async () => {
    const named = await upload(await png(), 'bericht.pdf', 'application/pdf')
    expect(named.status).toBe(400)
    expect(messages(named)).toContain('content is not application/pdf')
    const sent = await upload(await png(), 'foto.png', 'image/jpeg')
    expect(sent.status).toBe(400)
    expect(messages(sent)).toContain('sent as image/jpeg')
  })

  it('refuses types outside the media library, naming what is allowed', async () => {
    const result = await upload(Buffer.from('<html></html>'), 'seite.html', 'text/html')
    expect(result.status).toBe(400)
    expect(messages(result)).toContain('“.html” are not accepted; allowed: jpg/jpeg, png')
  })

  it('refuses an SVG with a script (Payload’s SVG inspection)', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const result = await upload(svg, 'grafik.svg', 'image/svg+xml')
    expect(result.status).toBe(400)
  })

  it('refuses unsafe file names: control characters, overlong names, dot files', async () => {
    for (const [name, expected] of [
      // Control characters break the multipart part header itself: busboy refuses it.
      ['bild\u0007.png', 'file names may not contain control characters'],
      ['bild\u202egnp.png', 'control characters'],
      [`${'a'.repeat(200)}.png`, 'at most 150'],
      ['.htaccess.png', 'start with a dot'],
    ] as const) {
      const result = await upload(await png(), name, 'image/png')
      expect({ name, status: result.status }).toEqual({ name, status: 400 })
      expect(messages(result)).toContain(expected)
    }
  })

  it('never stores a path from the file name', async () => {
    const result = await upload(await png(), `../../ausbruch-${Date.now()}.png`, 'image/png')
    // Either refused, or the multipart parser kept only the base name.
    if (result.status === 201) expect(result.json.doc?.filename).toMatch(/^ausbruch-\d+\.png$/)
    else expect(result.status).toBe(400)
  })

  it('accepts a PDF of 20 MB (bodies over 10 MB pass the proxy whole)', async () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(20 * 1024 * 1024, 0x20),
      Buffer.from('\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\n%%EOF\n'),
    ])
    const result = await upload(pdf, `bericht-${Date.now()}.pdf`, 'application/pdf')
    expect(result.status).toBe(201)
  })

  it('refuses an image over its size limit with 413', async () => {
    const big = Buffer.concat([await png(), Buffer.alloc(16 * 1024 * 1024)])
    const result = await upload(big, 'riesig.png', 'image/png')
    expect(result.status).toBe(413)
    expect(messages(result)).toContain('at most 15 MB')
  })
})
