import { sectionListPath } from '../../src/site/sections/sectionListPath'
import { sectionQueryFromSegment, sectionSegmentOf } from '../../src/site/sections/sectionQuery'

const listOf = (address: string) => {
  const url = new URL(address, 'http://127.0.0.1')
  return sectionListPath(url.pathname, url.searchParams)
}

describe('section lists rewritten to a cacheable path', () => {
  it.each([
    ['/vortraege', '/liste/talks/alle'],
    ['/en/talks', '/en/liste/talks/alle'],
    ['/vortraege?year=2021&topic=ki', '/liste/talks/topic.ki~year.2021'],
    ['/vortraege?topic=ki&year=2021', '/liste/talks/topic.ki~year.2021'],
    // Defaults, unknown and invalid parameters do not make a list of their own.
    ['/vortraege?topic=ki&page=1&utm_source=newsletter&year=zwanzig', '/liste/talks/topic.ki'],
    ['/vortraege?topic=ki&topic=arbeit', '/liste/talks/topic.ki'],
    ['/personen?organisation=izt&page=3', '/liste/people/organisation.izt~page.3'],
    ['/en/events?kind=hybrid&sort=oldest', '/en/liste/events/kind.hybrid~sort.oldest'],
  ])('%s → %s', (address, expected) => {
    expect(listOf(address)).toBe(expected)
  })

  it.each(['/', '/vortraege/ein-vortrag', '/suche?q=ki', '/en/talks/x', '/liste/talks/alle'])(
    'leaves %s alone',
    (address) => {
      expect(listOf(address)).toBeUndefined()
    },
  )

  it('reads back the query it wrote', () => {
    const query = { topic: 'ki', event: 'tagung-2021', year: 2021, sort: 'title', page: 2 } as const
    expect(sectionQueryFromSegment(sectionSegmentOf(query))).toEqual(query)
    expect(sectionQueryFromSegment('alle')).toEqual({ page: 1 })
    expect(sectionQueryFromSegment('topic.ki~nonsense~page.x')).toEqual({ topic: 'ki', page: 1 })
  })
})
