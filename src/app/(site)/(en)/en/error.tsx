'use client'

export { ErrorPage as default } from '@/site/pages/ErrorPage'
