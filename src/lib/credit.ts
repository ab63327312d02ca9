/** The credit line every downloaded file (Word, PowerPoint) carries, naming where it came from. */
export const horizonsCredit = (siteHost: string): string =>
  `From Horizons${siteHost ? ` (${siteHost})` : ''}, an open careers programme. Licensed CC BY 4.0: adapt it freely and credit Horizons.`;
