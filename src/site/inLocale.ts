import type { SiteLocale } from './paths'

type LocalisedProps = { params: Promise<{ locale: string }> }
type RouteProps<Props extends LocalisedProps> = Omit<Props, 'params'> & {
  params: Promise<Omit<Awaited<Props['params']>, 'locale'>>
}

/**
 * German pages live in `app/(site)/(de)`, English ones in `app/(site)/(en)/en`, both rendering
 * the same page module; this hands the module its language as if it were a route parameter.
 * (Two route trees instead of a rewriting `[locale]` proxy: every URL maps to a file, and
 * nothing depends on how Next.js resolves rewrites behind a given hostname.)
 */
export function inLocale<Props extends LocalisedProps, Result>(
  locale: SiteLocale,
  render: (props: Props) => Result,
) {
  return (props: RouteProps<Props>) =>
    render({ ...props, params: props.params.then((params) => ({ ...params, locale })) } as Props)
}
