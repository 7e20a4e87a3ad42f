/** English month and weekday names, lower case, in calendar order (January = index 0, Sunday = index 0). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The months and their short forms, lower case ("december", "dec", "sept"). */
export const MONTH_FORMS = [...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept'];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
