/** The hub's mark (the site icon), for the admin's navigation and login page. */
export function HubIcon({ size = 18 }: { size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      role="img"
      aria-label="Wissenshub"
    >
      <rect width="32" height="32" rx="6" fill="#0b5cad" />
      <path
        d="M6 9h3.2l2.4 10.2L14.4 9h3.2l2.8 10.2L22.8 9H26l-4 14h-3.2L16 13.4 13.2 23H10z"
        fill="#fff"
      />
    </svg>
  )
}
