import type { ReactNode } from 'react'

import { SiteShell, siteMetadata } from '@/site/layout/SiteShell'

import '../../site.css'

export const generateMetadata = () => siteMetadata('en')

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>
}
