// citation-js ships no type declarations; this is the part of its API the site uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown)
    data: Record<string, unknown>[]
    format(format: string, options?: Record<string, unknown>): string
  }
  export const plugins: {
    config: { get(name: string): Record<string, Record<string, unknown>> }
  }
}
