import { adminHeaders, anonymous, createActor, request, type Actor } from '../helpers/actors'
import { eventually, stack } from '../helpers/api'
import { createPublication } from '../helpers/fixtures'
import { uploadPng, type UploadedMedia } from '../helpers/media'
import { expectServerLogLine } from '../helpers/serverLogGate'

type MediaDoc = UploadedMedia

let editor: Actor
let author: Actor
let otherAuthor: Actor
let partner: Actor

beforeAll(async () => {
  expectServerLogLine(
    '/⨯ internal image response failed for \\/api\\/media\\/file\\/abb-\\d+-\\d+\\.png 403/',
    "this spec asks Next's image optimiser for hidden figures; Next logs the file's 403",
  )
  editor = { name: 'admin', role: 'admin', headers: await adminHeaders() }
  ;[author, otherAuthor, partner] = await Promise.all([
    createActor('author'),
    createActor('author', 'other-author'),
    createActor('partner'),
  ])
})

let uploads = 0
async function uploadImage(actor: Actor): Promise<MediaDoc> {
  uploads += 1
  return uploadPng({
    headers: actor.headers,
    filename: `abb-${Date.now()}-${uploads}.png`,
    width: 64,
    height: 48,
    background: { r: 20, g: 90, b: uploads * 7 },
    data: { alt: 'Abbildung', credit: 'Test' },
  })
}

/** Every way a reader reaches a file: the list, the document, the file and the image optimiser. */
async function whatIsVisible(media: MediaDoc, actor: Actor = anonymous) {
  const get = (path: string) => fetch(new URL(path, stack().appUrl), { headers: actor.headers })
  const list = await request<{ docs: { id: string }[] }>('/api/media?limit=1000&depth=0', {
    headers: actor.headers,
  })
  const file = await get(`/api/media/file/${encodeURIComponent(media.filename)}`)
  const image = await get(
    `/_next/image?url=${encodeURIComponent(`/api/media/file/${media.filename}`)}&w=640&q=75`,
  )
  await file.body?.cancel()
  await image.body?.cancel()
  return {
    listed: list.json.docs.some((doc) => doc.id === media.id),
    doc: (await request(`/api/media/${media.id}`, { headers: actor.headers })).status,
    file: file.status,
    // The optimiser answers its own error codes; what matters is whether it served the image.
    image: image.status === 200,
  }
}

// A hidden file's route answers 403, as for a file name that does not exist.
const HIDDEN = { listed: false, doc: 404, file: 403, image: false }
const SHOWN = { listed: true, doc: 200, file: 200, image: true }

describe('media files follow the documents that use them', () => {
  it('keeps the figure of a draft from anonymous readers and partners on every surface', async () => {
    const media = await uploadImage(editor)
    const draft = await createPublication('talks', editor.headers, {
      status: 'draft',
      extra: { seo: { image: media.id } },
    })
    expect(draft.status).toBe(201)
    expect(await whatIsVisible(media)).toEqual(HIDDEN)
    expect(await whatIsVisible(media, partner)).toEqual(HIDDEN)
    // The editor still has it in the admin.
    expect((await request(`/api/media/${media.id}`, { headers: editor.headers })).status).toBe(200)
  })

  it('keeps the figures of a press release under embargo hidden until the Sperrfrist', async () => {
    const media = await uploadImage(editor)
    const release = await createPublication('pressReleases', editor.headers, {
      status: 'published',
      extra: { figures: [media.id], embargoUntil: new Date(Date.now() + 86_400_000).toISOString() },
    })
    expect(release.status).toBe(201)
    expect(await whatIsVisible(media)).toEqual(HIDDEN)
  })

  it('shows a figure while a public document uses it, and hides it again on unpublish', async () => {
    const media = await uploadImage(editor)
    const talk = await createPublication('talks', editor.headers, {
      status: 'draft',
      extra: { seo: { image: media.id } },
    })
    const id = talk.json.doc.id
    const publish = await request(`/api/talks/${id}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(await whatIsVisible(media)).toEqual(SHOWN)
    const unpublish = await request(`/api/talks/${id}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(200)
    const after = await whatIsVisible(media)
    expect({ listed: after.listed, doc: after.doc, file: after.file }).toEqual({
      listed: false,
      doc: 404,
      file: 403,
    })
  })

  it('shows a portrait of a person (people are public)', async () => {
    const media = await uploadImage(editor)
    const person = await request('/api/people', {
      method: 'POST',
      headers: editor.headers,
      body: { name: 'Bildperson', portrait: media.id },
    })
    expect(person.status).toBe(201)
    expect(await whatIsVisible(media)).toEqual(SHOWN)
  })

  it('shows a file an editor released, and only editors may release one', async () => {
    const media = await uploadImage(editor)
    expect(await whatIsVisible(media)).toEqual(HIDDEN)
    const byAuthor = await uploadImage(author)
    const authorReleases = await request(`/api/media/${byAuthor.id}`, {
      method: 'PATCH',
      headers: author.headers,
      body: { public: true },
    })
    expect((await whatIsVisible(byAuthor)).doc).toBe(404)
    expect([200, 403]).toContain(authorReleases.status)
    const released = await request(`/api/media/${media.id}`, {
      method: 'PATCH',
      headers: editor.headers,
      body: { public: true },
    })
    expect(released.status).toBe(200)
    await eventually('the released file is public', async () => {
      const visible = await whatIsVisible(media)
      return visible.doc === 200 && visible.file === 200
    })
  })

  it('lets authors see their own uploads, not other authors’ unused ones', async () => {
    const own = await uploadImage(author)
    expect((await request(`/api/media/${own.id}`, { headers: author.headers })).status).toBe(200)
    expect((await request(`/api/media/${own.id}`, { headers: otherAuthor.headers })).status).toBe(
      404,
    )
  })
})
