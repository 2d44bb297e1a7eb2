import type { ReactNode } from 'react'

import { SiteShell, siteMetadata } from '@/site/layout/SiteShell'

import '../site.css'

export const generateMetadata = () => siteMetadata('de')

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell locale="de">{children}</SiteShell>
}
