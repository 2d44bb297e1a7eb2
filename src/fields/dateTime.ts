import type { DateField } from 'payload'

import { hubTimeZone } from '@/domain/hubTimeZone'

type DateTimeFieldOptions = Omit<DateField, 'type' | 'timezone' | 'admin'> & {
  admin?: Omit<NonNullable<DateField['admin']>, 'date'>
  /** A full date and time (default), or a time of day such as a programme slot. */
  appearance?: 'dayAndTime' | 'timeOnly'
}

/** How editors type and read a date and time: "30.11.2026 23:18" (date-fns pattern). */
export const ADMIN_DATE_TIME_FORMAT = 'dd.MM.yyyy HH:mm'

/**
 * A date-time field as German editors expect it: typed or picked as "30.11.2026 23:18" on a
 * 24-hour clock to the minute, and always in the hub's time zone, whatever the browser's zone.
 * Payload's field time zone transposes what is typed into that zone before storing the instant,
 * so the admin shows exactly the instant the site enforces (a Sperrfrist lifts at that minute).
 */
export function dateTimeField({
  appearance = 'dayAndTime',
  admin,
  ...field
}: DateTimeFieldOptions): DateField {
  const timeZone = hubTimeZone()
  return {
    ...field,
    type: 'date',
    timezone: {
      supportedTimezones: [{ label: timeZone, value: timeZone }],
      defaultTimezone: timeZone,
      // Documents saved before the zone was recorded are read in the hub's zone as well, so the
      // zone is never required of a writer.
      override: ({ baseField }) => ({
        ...baseField,
        required: false,
        label: { de: 'Zeitzone', en: 'Time zone' },
        hooks: { afterRead: [({ value }) => value ?? timeZone] },
      }),
    },
    admin: {
      ...admin,
      date: {
        pickerAppearance: appearance,
        displayFormat: appearance === 'timeOnly' ? 'HH:mm' : ADMIN_DATE_TIME_FORMAT,
        timeFormat: 'HH:mm',
        timeIntervals: 15,
        overrides: { timeCaption: 'Uhrzeit' },
      },
    },
  }
}
