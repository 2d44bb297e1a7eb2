import { HubIcon } from './HubIcon'

/** The hub's name and mark above the admin's login form. */
export function HubLogo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <HubIcon size={48} />
      <span style={{ fontSize: '2rem', fontWeight: 600, letterSpacing: '-0.01em' }}>
        Wissenshub
      </span>
    </span>
  )
}
